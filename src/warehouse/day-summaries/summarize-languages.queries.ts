/** Types generated for queries found in "src/warehouse/day-summaries/summarize-languages.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'SummarizeLanguagesSql' parameters type */
export interface ISummarizeLanguagesSqlParams {
  snapshotDate: string;
}

/** 'SummarizeLanguagesSql' return type */
export type ISummarizeLanguagesSqlResult = void;

/** 'SummarizeLanguagesSql' query type */
export interface ISummarizeLanguagesSqlQuery {
  params: ISummarizeLanguagesSqlParams;
  result: ISummarizeLanguagesSqlResult;
}

const summarizeLanguagesSqlIR: any = {"usedParamSet":{"snapshotDate":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":203},{"a":420,"b":433}]}],"statement":"-- The repositories, stars and 7-day star gain per language on :snapshotDate.\nINSERT INTO warehouse.day_language_totals (snapshot_date, language_name, repos, stars, star_velocity_7d)\nSELECT :snapshotDate!::date, dl.language_name, count(*), sum(f.stars), COALESCE(sum(f.star_velocity_7d), 0)\nFROM warehouse.fact_repo_snapshots f\nJOIN warehouse.dim_languages dl ON dl.language_key = f.language_key\nWHERE f.snapshot_date = :snapshotDate!::date\nGROUP BY dl.language_name"};

/**
 * Query generated from SQL:
 * ```
 * -- The repositories, stars and 7-day star gain per language on :snapshotDate.
 * INSERT INTO warehouse.day_language_totals (snapshot_date, language_name, repos, stars, star_velocity_7d)
 * SELECT :snapshotDate!::date, dl.language_name, count(*), sum(f.stars), COALESCE(sum(f.star_velocity_7d), 0)
 * FROM warehouse.fact_repo_snapshots f
 * JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
 * WHERE f.snapshot_date = :snapshotDate!::date
 * GROUP BY dl.language_name
 * ```
 */
export const summarizeLanguagesSql = new PreparedQuery<ISummarizeLanguagesSqlParams,ISummarizeLanguagesSqlResult>(summarizeLanguagesSqlIR);


