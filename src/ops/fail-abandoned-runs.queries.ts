/** Types generated for queries found in "src/ops/fail-abandoned-runs.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'FailAbandonedRunsSql' parameters type */
export type IFailAbandonedRunsSqlParams = void;

/** 'FailAbandonedRunsSql' return type */
export type IFailAbandonedRunsSqlResult = void;

/** 'FailAbandonedRunsSql' query type */
export interface IFailAbandonedRunsSqlQuery {
  params: IFailAbandonedRunsSqlParams;
  result: IFailAbandonedRunsSqlResult;
}

const failAbandonedRunsSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Runs still 'running' when a new run holds the pipeline lock belong to a\n-- process that died (kill -9, crash, lost machine): they are failed, not left\n-- running forever. Returns how many.\nUPDATE warehouse.fact_workflow_runs\nSET status = 'failed',\n    completed_at = now(),\n    error_message = 'the process running it ended before it finished (found by the next run)'\nWHERE status = 'running'"};

/**
 * Query generated from SQL:
 * ```
 * -- Runs still 'running' when a new run holds the pipeline lock belong to a
 * -- process that died (kill -9, crash, lost machine): they are failed, not left
 * -- running forever. Returns how many.
 * UPDATE warehouse.fact_workflow_runs
 * SET status = 'failed',
 *     completed_at = now(),
 *     error_message = 'the process running it ended before it finished (found by the next run)'
 * WHERE status = 'running'
 * ```
 */
export const failAbandonedRunsSql = new PreparedQuery<IFailAbandonedRunsSqlParams,IFailAbandonedRunsSqlResult>(failAbandonedRunsSqlIR);


