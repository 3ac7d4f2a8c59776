/** Types generated for queries found in "src/staging/analyze-landed.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'AnalyzeLandedSql' parameters type */
export type IAnalyzeLandedSqlParams = void;

/** 'AnalyzeLandedSql' return type */
export type IAnalyzeLandedSqlResult = void;

/** 'AnalyzeLandedSql' query type */
export interface IAnalyzeLandedSqlQuery {
  params: IAnalyzeLandedSqlParams;
  result: IAnalyzeLandedSqlResult;
}

const analyzeLandedSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Fresh planner statistics for the raw rows staging is about to read: the\n-- run's own rows sit in its open transaction, where autovacuum cannot see\n-- them, and without these the estimate for \"rows of this run\" is 1, which\n-- picks nested loops over a million rows. Only the columns the staging and\n-- warehouse steps filter and join on, not the JSON.\nANALYZE raw.github_repos (run_id, snapshot_date, source, repo_full_name),\n        raw.github_repo_details (run_id, snapshot_date, detail, repo_full_name),\n        raw.github_star_history (run_id, snapshot_date, github_id)"};

/**
 * Query generated from SQL:
 * ```
 * -- Fresh planner statistics for the raw rows staging is about to read: the
 * -- run's own rows sit in its open transaction, where autovacuum cannot see
 * -- them, and without these the estimate for "rows of this run" is 1, which
 * -- picks nested loops over a million rows. Only the columns the staging and
 * -- warehouse steps filter and join on, not the JSON.
 * ANALYZE raw.github_repos (run_id, snapshot_date, source, repo_full_name),
 *         raw.github_repo_details (run_id, snapshot_date, detail, repo_full_name),
 *         raw.github_star_history (run_id, snapshot_date, github_id)
 * ```
 */
export const analyzeLandedSql = new PreparedQuery<IAnalyzeLandedSqlParams,IAnalyzeLandedSqlResult>(analyzeLandedSqlIR);


