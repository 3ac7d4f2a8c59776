/** Types generated for queries found in "src/warehouse/day-summaries/summarize-companies.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'SummarizeCompaniesSql' parameters type */
export interface ISummarizeCompaniesSqlParams {
  snapshotDate: string;
}

/** 'SummarizeCompaniesSql' return type */
export type ISummarizeCompaniesSqlResult = void;

/** 'SummarizeCompaniesSql' query type */
export interface ISummarizeCompaniesSqlQuery {
  params: ISummarizeCompaniesSqlParams;
  result: ISummarizeCompaniesSqlResult;
}

const summarizeCompaniesSqlIR: any = {"usedParamSet":{"snapshotDate":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":252,"b":265},{"a":492,"b":505}]}],"statement":"-- The day's totals per tracked organisation on :snapshotDate (as analytics.company_total_stars).\nINSERT INTO warehouse.day_company_totals (\n    snapshot_date, company_name, display_name, repo_count, total_stars, total_forks, total_open_issues)\nSELECT :snapshotDate!::date, dc.company_name, dc.display_name, count(*), sum(f.stars), sum(f.forks), sum(f.open_issues)\nFROM warehouse.fact_repo_snapshots f\nJOIN warehouse.dim_companies dc ON dc.company_key = f.company_key\nWHERE f.snapshot_date = :snapshotDate!::date\nGROUP BY dc.company_name, dc.display_name"};

/**
 * Query generated from SQL:
 * ```
 * -- The day's totals per tracked organisation on :snapshotDate (as analytics.company_total_stars).
 * INSERT INTO warehouse.day_company_totals (
 *     snapshot_date, company_name, display_name, repo_count, total_stars, total_forks, total_open_issues)
 * SELECT :snapshotDate!::date, dc.company_name, dc.display_name, count(*), sum(f.stars), sum(f.forks), sum(f.open_issues)
 * FROM warehouse.fact_repo_snapshots f
 * JOIN warehouse.dim_companies dc ON dc.company_key = f.company_key
 * WHERE f.snapshot_date = :snapshotDate!::date
 * GROUP BY dc.company_name, dc.display_name
 * ```
 */
export const summarizeCompaniesSql = new PreparedQuery<ISummarizeCompaniesSqlParams,ISummarizeCompaniesSqlResult>(summarizeCompaniesSqlIR);


