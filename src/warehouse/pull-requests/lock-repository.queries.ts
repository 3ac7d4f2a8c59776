/** Types generated for queries found in "src/warehouse/pull-requests/lock-repository.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'LockRepositorySql' parameters type */
export interface ILockRepositorySqlParams {
  githubId: number;
}

/** 'LockRepositorySql' return type */
export interface ILockRepositorySqlResult {
  pg_advisory_xact_lock: undefined | null;
}

/** 'LockRepositorySql' query type */
export interface ILockRepositorySqlQuery {
  params: ILockRepositorySqlParams;
  result: ILockRepositorySqlResult;
}

const lockRepositorySqlIR: any = {"usedParamSet":{"githubId":true},"params":[{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":325,"b":334}]}],"statement":"-- Serialises the transactions that record one repository (two serving\n-- instances, concurrent jobs): without it, two first inserts of a new\n-- repository race on the full_name unique index, which ON CONFLICT (github_id)\n-- does not cover. Released at commit. :githubId the repository\nSELECT pg_advisory_xact_lock(7347102, (:githubId!::bigint % 2147483647)::int)"};

/**
 * Query generated from SQL:
 * ```
 * -- Serialises the transactions that record one repository (two serving
 * -- instances, concurrent jobs): without it, two first inserts of a new
 * -- repository race on the full_name unique index, which ON CONFLICT (github_id)
 * -- does not cover. Released at commit. :githubId the repository
 * SELECT pg_advisory_xact_lock(7347102, (:githubId!::bigint % 2147483647)::int)
 * ```
 */
export const lockRepositorySql = new PreparedQuery<ILockRepositorySqlParams,ILockRepositorySqlResult>(lockRepositorySqlIR);


