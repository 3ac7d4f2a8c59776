/** Types generated for queries found in "src/pipeline/try-pipeline-lock.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'TryPipelineLockSql' parameters type */
export interface ITryPipelineLockSqlParams {
  lockKey: number;
}

/** 'TryPipelineLockSql' return type */
export interface ITryPipelineLockSqlResult {
  locked: boolean | null;
}

/** 'TryPipelineLockSql' query type */
export interface ITryPipelineLockSqlQuery {
  params: ITryPipelineLockSqlParams;
  result: ITryPipelineLockSqlResult;
}

const tryPipelineLockSqlIR: any = {"usedParamSet":{"lockKey":true},"params":[{"name":"lockKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":150}]}],"statement":"-- Takes the session advisory lock that lets one pipeline run at a time, without waiting. :lockKey the lock's key\nSELECT pg_try_advisory_lock(:lockKey!) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * -- Takes the session advisory lock that lets one pipeline run at a time, without waiting. :lockKey the lock's key
 * SELECT pg_try_advisory_lock(:lockKey!) AS locked
 * ```
 */
export const tryPipelineLockSql = new PreparedQuery<ITryPipelineLockSqlParams,ITryPipelineLockSqlResult>(tryPipelineLockSqlIR);


