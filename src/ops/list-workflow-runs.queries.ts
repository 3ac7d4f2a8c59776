/** Types generated for queries found in "src/ops/list-workflow-runs.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListWorkflowRunsSql' parameters type */
export interface IListWorkflowRunsSqlParams {
  limit: number;
  offset: number;
  runId?: string | null | void;
}

/** 'ListWorkflowRunsSql' return type */
export interface IListWorkflowRunsSqlResult {
  completed_at: string | null;
  error_message: string | null;
  execution_time_seconds: number | null;
  github_not_modified: number;
  github_points: number | null;
  github_requests: number | null;
  github_retries: number;
  repos_processed: number | null;
  run_date: string | null;
  run_id: string;
  run_type: string;
  started_at: string;
  status: string | null;
  task_tree: Json | null;
}

/** 'ListWorkflowRunsSql' query type */
export interface IListWorkflowRunsSqlQuery {
  params: IListWorkflowRunsSqlParams;
  result: IListWorkflowRunsSqlResult;
}

const listWorkflowRunsSqlIR: any = {"usedParamSet":{"runId":true,"limit":true,"offset":true},"params":[{"name":"runId","required":false,"transform":{"type":"scalar"},"locs":[{"a":546,"b":551},{"a":643,"b":648},{"a":676,"b":681}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":775,"b":781}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":790,"b":797}]}],"statement":"-- One page (:limit, :offset) of runs, newest first; with :runId, that run only (and its task tree).\nSELECT run_id, run_type, run_date::text AS run_date, status,\n       to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS \"started_at!\",\n       to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS completed_at,\n       execution_time_seconds::float AS execution_time_seconds, repos_processed, github_requests, github_points,\n       github_retries, github_not_modified,\n       error_message, CASE WHEN :runId::text IS NOT NULL THEN task_tree END AS task_tree\nFROM warehouse.fact_workflow_runs\nWHERE :runId::text IS NULL OR run_id = :runId\nORDER BY to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') DESC\nLIMIT :limit! OFFSET :offset!"};

/**
 * Query generated from SQL:
 * ```
 * -- One page (:limit, :offset) of runs, newest first; with :runId, that run only (and its task tree).
 * SELECT run_id, run_type, run_date::text AS run_date, status,
 *        to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "started_at!",
 *        to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS completed_at,
 *        execution_time_seconds::float AS execution_time_seconds, repos_processed, github_requests, github_points,
 *        github_retries, github_not_modified,
 *        error_message, CASE WHEN :runId::text IS NOT NULL THEN task_tree END AS task_tree
 * FROM warehouse.fact_workflow_runs
 * WHERE :runId::text IS NULL OR run_id = :runId
 * ORDER BY to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') DESC
 * LIMIT :limit! OFFSET :offset!
 * ```
 */
export const listWorkflowRunsSql = new PreparedQuery<IListWorkflowRunsSqlParams,IListWorkflowRunsSqlResult>(listWorkflowRunsSqlIR);


