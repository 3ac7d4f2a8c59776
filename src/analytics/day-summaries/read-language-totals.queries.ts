/** Types generated for queries found in "src/analytics/day-summaries/read-language-totals.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadLanguageTotalsSql' parameters type */
export interface IReadLanguageTotalsSqlParams {
  snapshotDate: string;
}

/** 'ReadLanguageTotalsSql' return type */
export interface IReadLanguageTotalsSqlResult {
  language_name: string;
  repos: number;
  star_velocity_7d: number;
  stars: number;
}

/** 'ReadLanguageTotalsSql' query type */
export interface IReadLanguageTotalsSqlQuery {
  params: IReadLanguageTotalsSqlParams;
  result: IReadLanguageTotalsSqlResult;
}

const readLanguageTotalsSqlIR: any = {"usedParamSet":{"snapshotDate":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":209,"b":222}]}],"statement":"-- The precomputed language totals of a day (summarize-languages.sql). :snapshotDate snapshot_date\nSELECT language_name, repos, stars, star_velocity_7d\nFROM warehouse.day_language_totals\nWHERE snapshot_date = :snapshotDate!::date\nORDER BY repos DESC, stars DESC"};

/**
 * Query generated from SQL:
 * ```
 * -- The precomputed language totals of a day (summarize-languages.sql). :snapshotDate snapshot_date
 * SELECT language_name, repos, stars, star_velocity_7d
 * FROM warehouse.day_language_totals
 * WHERE snapshot_date = :snapshotDate!::date
 * ORDER BY repos DESC, stars DESC
 * ```
 */
export const readLanguageTotalsSql = new PreparedQuery<IReadLanguageTotalsSqlParams,IReadLanguageTotalsSqlResult>(readLanguageTotalsSqlIR);


