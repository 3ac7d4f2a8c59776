/** Types generated for queries found in "src/ops/list-last-runs.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListLastRunsSql' parameters type */
export interface IListLastRunsSqlParams {
  limit: number;
}

/** 'ListLastRunsSql' return type */
export interface IListLastRunsSqlResult {
  error: string | null;
  github_requests: number | null;
  not_modified: number;
  repos_processed: number | null;
  retries: number;
  run_date: string | null;
  run_id: string;
  run_type: string;
  seconds: number | null;
  started_at: Date;
  status: string | null;
}

/** 'ListLastRunsSql' query type */
export interface IListLastRunsSqlQuery {
  params: IListLastRunsSqlParams;
  result: IListLastRunsSqlResult;
}

const listLastRunsSqlIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":300,"b":306}]}],"statement":"SELECT run_id, run_type, run_date, status, started_at, execution_time_seconds AS seconds,\n       repos_processed, github_requests, github_retries AS retries, github_not_modified AS not_modified,\n       left(error_message, 80) AS error\nFROM warehouse.fact_workflow_runs\nORDER BY started_at DESC\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT run_id, run_type, run_date, status, started_at, execution_time_seconds AS seconds,
 *        repos_processed, github_requests, github_retries AS retries, github_not_modified AS not_modified,
 *        left(error_message, 80) AS error
 * FROM warehouse.fact_workflow_runs
 * ORDER BY started_at DESC
 * LIMIT :limit!
 * ```
 */
export const listLastRunsSql = new PreparedQuery<IListLastRunsSqlParams,IListLastRunsSqlResult>(listLastRunsSqlIR);


