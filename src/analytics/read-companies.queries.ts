/** Types generated for queries found in "src/analytics/read-companies.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadCompaniesSql' parameters type */
export type IReadCompaniesSqlParams = void;

/** 'ReadCompaniesSql' return type */
export interface IReadCompaniesSqlResult {
  company_name: string;
  repo_count: number;
  total_forks: number;
  total_stars: number;
}

/** 'ReadCompaniesSql' query type */
export interface IReadCompaniesSqlQuery {
  params: IReadCompaniesSqlParams;
  result: IReadCompaniesSqlResult;
}

const readCompaniesSqlIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT company_name AS \"company_name!\", repo_count AS \"repo_count!\", total_stars AS \"total_stars!\",\n       total_forks AS \"total_forks!\" FROM analytics.company_total_stars"};

/**
 * Query generated from SQL:
 * ```
 * SELECT company_name AS "company_name!", repo_count AS "repo_count!", total_stars AS "total_stars!",
 *        total_forks AS "total_forks!" FROM analytics.company_total_stars
 * ```
 */
export const readCompaniesSql = new PreparedQuery<IReadCompaniesSqlParams,IReadCompaniesSqlResult>(readCompaniesSqlIR);


