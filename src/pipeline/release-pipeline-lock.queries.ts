/** Types generated for queries found in "src/pipeline/release-pipeline-lock.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReleasePipelineLockSql' parameters type */
export interface IReleasePipelineLockSqlParams {
  lockKey: number;
}

/** 'ReleasePipelineLockSql' return type */
export interface IReleasePipelineLockSqlResult {
  pg_advisory_unlock: boolean | null;
}

/** 'ReleasePipelineLockSql' query type */
export interface IReleasePipelineLockSqlQuery {
  params: IReleasePipelineLockSqlParams;
  result: IReleasePipelineLockSqlResult;
}

const releasePipelineLockSqlIR: any = {"usedParamSet":{"lockKey":true},"params":[{"name":"lockKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]}],"statement":"-- Gives the pipeline lock back. :lockKey the lock's key\nSELECT pg_advisory_unlock(:lockKey!)"};

/**
 * Query generated from SQL:
 * ```
 * -- Gives the pipeline lock back. :lockKey the lock's key
 * SELECT pg_advisory_unlock(:lockKey!)
 * ```
 */
export const releasePipelineLockSql = new PreparedQuery<IReleasePipelineLockSqlParams,IReleasePipelineLockSqlResult>(releasePipelineLockSqlIR);


