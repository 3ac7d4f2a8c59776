/** Types generated for queries found in "src/staging/analyze-staged.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'AnalyzeStagedSql' parameters type */
export type IAnalyzeStagedSqlParams = void;

/** 'AnalyzeStagedSql' return type */
export type IAnalyzeStagedSqlResult = void;

/** 'AnalyzeStagedSql' query type */
export interface IAnalyzeStagedSqlQuery {
  params: IAnalyzeStagedSqlParams;
  result: IAnalyzeStagedSqlResult;
}

const analyzeStagedSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Fresh planner statistics for the rows the run staged (see analyze-landed.sql).\nANALYZE staging.repos_validated (run_id, github_id, repo_full_name, language),\n        staging.repo_languages (run_id, repo_full_name, language),\n        staging.star_history_weeks (run_id, snapshot_date, github_id)"};

/**
 * Query generated from SQL:
 * ```
 * -- Fresh planner statistics for the rows the run staged (see analyze-landed.sql).
 * ANALYZE staging.repos_validated (run_id, github_id, repo_full_name, language),
 *         staging.repo_languages (run_id, repo_full_name, language),
 *         staging.star_history_weeks (run_id, snapshot_date, github_id)
 * ```
 */
export const analyzeStagedSql = new PreparedQuery<IAnalyzeStagedSqlParams,IAnalyzeStagedSqlResult>(analyzeStagedSqlIR);


