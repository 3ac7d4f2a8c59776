/** Types generated for queries found in "src/raw/requeue-deliveries.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RequeueDeliveriesSql' parameters type */
export interface IRequeueDeliveriesSqlParams {
  failedOnly: boolean;
}

/** 'RequeueDeliveriesSql' return type */
export interface IRequeueDeliveriesSqlResult {
  n: number;
}

/** 'RequeueDeliveriesSql' query type */
export interface IRequeueDeliveriesSqlQuery {
  params: IRequeueDeliveriesSqlParams;
  result: IRequeueDeliveriesSqlResult;
}

const requeueDeliveriesSqlIR: any = {"usedParamSet":{"failedOnly":true},"params":[{"name":"failedOnly","required":true,"transform":{"type":"scalar"},"locs":[{"a":270,"b":281}]}],"statement":"-- Deliveries to process again (`gitpulse webhooks replay`) wait once more, as\n-- if just received; :failedOnly true: only the failed ones. Returns how many.\nWITH requeued AS (\n    UPDATE raw.webhook_deliveries SET status = 'received'\n    WHERE status <> 'ignored' AND (:failedOnly!::boolean IS NOT TRUE OR status = 'failed')\n    RETURNING 1\n)\nSELECT count(*)::int AS \"n!\" FROM requeued"};

/**
 * Query generated from SQL:
 * ```
 * -- Deliveries to process again (`gitpulse webhooks replay`) wait once more, as
 * -- if just received; :failedOnly true: only the failed ones. Returns how many.
 * WITH requeued AS (
 *     UPDATE raw.webhook_deliveries SET status = 'received'
 *     WHERE status <> 'ignored' AND (:failedOnly!::boolean IS NOT TRUE OR status = 'failed')
 *     RETURNING 1
 * )
 * SELECT count(*)::int AS "n!" FROM requeued
 * ```
 */
export const requeueDeliveriesSql = new PreparedQuery<IRequeueDeliveriesSqlParams,IRequeueDeliveriesSqlResult>(requeueDeliveriesSqlIR);


