/** Types generated for queries found in "src/pipeline/find-pipeline-lock-holder.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'FindPipelineLockHolderSql' parameters type */
export interface IFindPipelineLockHolderSqlParams {
  lockKey: number;
}

/** 'FindPipelineLockHolderSql' return type */
export interface IFindPipelineLockHolderSqlResult {
  since: Date | null;
}

/** 'FindPipelineLockHolderSql' query type */
export interface IFindPipelineLockHolderSqlQuery {
  params: IFindPipelineLockHolderSqlParams;
  result: IFindPipelineLockHolderSqlResult;
}

const findPipelineLockHolderSqlIR: any = {"usedParamSet":{"lockKey":true},"params":[{"name":"lockKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":253}]}],"statement":"-- When the session holding the pipeline lock connected, for the \"another run\" message. :lockKey the lock's key\nSELECT a.backend_start AS since\nFROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid\nWHERE l.locktype = 'advisory' AND l.objid = :lockKey!::bigint % 4294967296 AND l.granted\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * -- When the session holding the pipeline lock connected, for the "another run" message. :lockKey the lock's key
 * SELECT a.backend_start AS since
 * FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
 * WHERE l.locktype = 'advisory' AND l.objid = :lockKey!::bigint % 4294967296 AND l.granted
 * LIMIT 1
 * ```
 */
export const findPipelineLockHolderSql = new PreparedQuery<IFindPipelineLockHolderSqlParams,IFindPipelineLockHolderSqlResult>(findPipelineLockHolderSqlIR);


