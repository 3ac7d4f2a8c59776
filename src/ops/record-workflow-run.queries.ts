/** Types generated for queries found in "src/ops/record-workflow-run.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'RecordWorkflowRunSql' parameters type */
export interface IRecordWorkflowRunSqlParams {
  completedAt?: DateOrString | null | void;
  error?: string | null | void;
  githubNotModified: number;
  githubPoints: number;
  githubRequests: number;
  githubRetries: number;
  githubSource?: string | null | void;
  reposProcessed: number;
  runDate?: string | null | void;
  runId: string;
  runType: string;
  startedAt: DateOrString;
  status: string;
  taskTree: Json;
}

/** 'RecordWorkflowRunSql' return type */
export type IRecordWorkflowRunSqlResult = void;

/** 'RecordWorkflowRunSql' query type */
export interface IRecordWorkflowRunSqlQuery {
  params: IRecordWorkflowRunSqlParams;
  result: IRecordWorkflowRunSqlResult;
}

const recordWorkflowRunSqlIR: any = {"usedParamSet":{"runId":true,"runType":true,"runDate":true,"startedAt":true,"completedAt":true,"status":true,"taskTree":true,"error":true,"reposProcessed":true,"githubRequests":true,"githubPoints":true,"githubRetries":true,"githubNotModified":true,"githubSource":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":447,"b":453}]},{"name":"runType","required":true,"transform":{"type":"scalar"},"locs":[{"a":456,"b":464}]},{"name":"runDate","required":false,"transform":{"type":"scalar"},"locs":[{"a":467,"b":474}]},{"name":"startedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":483,"b":493},{"a":722,"b":732}]},{"name":"completedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":496,"b":507},{"a":694,"b":705}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":510,"b":517}]},{"name":"taskTree","required":true,"transform":{"type":"scalar"},"locs":[{"a":520,"b":529}]},{"name":"error","required":false,"transform":{"type":"scalar"},"locs":[{"a":539,"b":544}]},{"name":"reposProcessed","required":true,"transform":{"type":"scalar"},"locs":[{"a":555,"b":570}]},{"name":"githubRequests","required":true,"transform":{"type":"scalar"},"locs":[{"a":573,"b":588}]},{"name":"githubPoints","required":true,"transform":{"type":"scalar"},"locs":[{"a":591,"b":604}]},{"name":"githubRetries","required":true,"transform":{"type":"scalar"},"locs":[{"a":607,"b":621}]},{"name":"githubNotModified","required":true,"transform":{"type":"scalar"},"locs":[{"a":624,"b":642}]},{"name":"githubSource","required":false,"transform":{"type":"scalar"},"locs":[{"a":645,"b":657}]}],"statement":"-- Records a pipeline run (succeeded or failed) with its task tree and GitHub cost.\n-- :completedAt is NULL while it runs; :runDate, :error and :githubSource may be NULL.\nINSERT INTO warehouse.fact_workflow_runs (\n    run_id, run_type, run_date, started_at, completed_at, status, task_tree, error_message,\n    repos_processed, github_requests, github_points, github_retries, github_not_modified, github_source,\n    execution_time_seconds)\nVALUES (:runId!, :runType!, :runDate::date, :startedAt!, :completedAt, :status!, :taskTree!::jsonb, :error,\n        :reposProcessed!, :githubRequests!, :githubPoints!, :githubRetries!, :githubNotModified!, :githubSource,\n        round(extract(epoch FROM (:completedAt::timestamptz - :startedAt!::timestamptz))::numeric, 2))\nON CONFLICT (run_id) DO UPDATE SET\n    completed_at = EXCLUDED.completed_at, status = EXCLUDED.status, task_tree = EXCLUDED.task_tree,\n    error_message = EXCLUDED.error_message, repos_processed = EXCLUDED.repos_processed,\n    github_requests = EXCLUDED.github_requests, github_points = EXCLUDED.github_points,\n    github_retries = EXCLUDED.github_retries, github_not_modified = EXCLUDED.github_not_modified,\n    github_source = EXCLUDED.github_source,\n    execution_time_seconds = EXCLUDED.execution_time_seconds"};

/**
 * Query generated from SQL:
 * ```
 * -- Records a pipeline run (succeeded or failed) with its task tree and GitHub cost.
 * -- :completedAt is NULL while it runs; :runDate, :error and :githubSource may be NULL.
 * INSERT INTO warehouse.fact_workflow_runs (
 *     run_id, run_type, run_date, started_at, completed_at, status, task_tree, error_message,
 *     repos_processed, github_requests, github_points, github_retries, github_not_modified, github_source,
 *     execution_time_seconds)
 * VALUES (:runId!, :runType!, :runDate::date, :startedAt!, :completedAt, :status!, :taskTree!::jsonb, :error,
 *         :reposProcessed!, :githubRequests!, :githubPoints!, :githubRetries!, :githubNotModified!, :githubSource,
 *         round(extract(epoch FROM (:completedAt::timestamptz - :startedAt!::timestamptz))::numeric, 2))
 * ON CONFLICT (run_id) DO UPDATE SET
 *     completed_at = EXCLUDED.completed_at, status = EXCLUDED.status, task_tree = EXCLUDED.task_tree,
 *     error_message = EXCLUDED.error_message, repos_processed = EXCLUDED.repos_processed,
 *     github_requests = EXCLUDED.github_requests, github_points = EXCLUDED.github_points,
 *     github_retries = EXCLUDED.github_retries, github_not_modified = EXCLUDED.github_not_modified,
 *     github_source = EXCLUDED.github_source,
 *     execution_time_seconds = EXCLUDED.execution_time_seconds
 * ```
 */
export const recordWorkflowRunSql = new PreparedQuery<IRecordWorkflowRunSqlParams,IRecordWorkflowRunSqlResult>(recordWorkflowRunSqlIR);


