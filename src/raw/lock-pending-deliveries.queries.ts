/** Types generated for queries found in "src/raw/lock-pending-deliveries.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'LockPendingDeliveriesSql' parameters type */
export interface ILockPendingDeliveriesSqlParams {
  limit: number;
}

/** 'LockPendingDeliveriesSql' return type */
export interface ILockPendingDeliveriesSqlResult {
  delivery_id: string;
  event: string;
  payload: Json | null;
  raw_body: string | null;
}

/** 'LockPendingDeliveriesSql' query type */
export interface ILockPendingDeliveriesSqlQuery {
  params: ILockPendingDeliveriesSqlParams;
  result: ILockPendingDeliveriesSqlResult;
}

const lockPendingDeliveriesSqlIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":254,"b":260}]}],"statement":"-- The next deliveries waiting to be processed, in the order they were stored,\n-- locked for the processing transaction; :limit of them.\nSELECT delivery_id, event, payload, raw_body\nFROM raw.webhook_deliveries\nWHERE status = 'received'\nORDER BY id\nLIMIT :limit!\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * -- The next deliveries waiting to be processed, in the order they were stored,
 * -- locked for the processing transaction; :limit of them.
 * SELECT delivery_id, event, payload, raw_body
 * FROM raw.webhook_deliveries
 * WHERE status = 'received'
 * ORDER BY id
 * LIMIT :limit!
 * FOR UPDATE
 * ```
 */
export const lockPendingDeliveriesSql = new PreparedQuery<ILockPendingDeliveriesSqlParams,ILockPendingDeliveriesSqlResult>(lockPendingDeliveriesSqlIR);


