/** Types generated for queries found in "src/analytics/day-summaries/read-company-totals.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadCompanyTotalsSql' parameters type */
export interface IReadCompanyTotalsSqlParams {
  snapshotDate: string;
}

/** 'ReadCompanyTotalsSql' return type */
export interface IReadCompanyTotalsSqlResult {
  company_name: string;
  repo_count: number;
  total_forks: number;
  total_stars: number;
}

/** 'ReadCompanyTotalsSql' query type */
export interface IReadCompanyTotalsSqlQuery {
  params: IReadCompanyTotalsSqlParams;
  result: IReadCompanyTotalsSqlResult;
}

const readCompanyTotalsSqlIR: any = {"usedParamSet":{"snapshotDate":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":212,"b":225}]}],"statement":"-- The precomputed company totals of a day (summarize-companies.sql). :snapshotDate snapshot_date\nSELECT company_name, repo_count, total_stars, total_forks\nFROM warehouse.day_company_totals\nWHERE snapshot_date = :snapshotDate!::date\nORDER BY total_stars DESC"};

/**
 * Query generated from SQL:
 * ```
 * -- The precomputed company totals of a day (summarize-companies.sql). :snapshotDate snapshot_date
 * SELECT company_name, repo_count, total_stars, total_forks
 * FROM warehouse.day_company_totals
 * WHERE snapshot_date = :snapshotDate!::date
 * ORDER BY total_stars DESC
 * ```
 */
export const readCompanyTotalsSql = new PreparedQuery<IReadCompanyTotalsSqlParams,IReadCompanyTotalsSqlResult>(readCompanyTotalsSqlIR);


