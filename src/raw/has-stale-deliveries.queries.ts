/** Types generated for queries found in "src/raw/has-stale-deliveries.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'HasStaleDeliveriesSql' parameters type */
export interface IHasStaleDeliveriesSqlParams {
  seconds: number;
}

/** 'HasStaleDeliveriesSql' return type */
export interface IHasStaleDeliveriesSqlResult {
  stale: boolean;
}

/** 'HasStaleDeliveriesSql' query type */
export interface IHasStaleDeliveriesSqlQuery {
  params: IHasStaleDeliveriesSqlParams;
  result: IHasStaleDeliveriesSqlResult;
}

const hasStaleDeliveriesSqlIR: any = {"usedParamSet":{"seconds":true},"params":[{"name":"seconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":269,"b":277}]}],"statement":"-- Whether a delivery has waited longer than it should (over :seconds): its\n-- processing job was lost with a connection or a worker.\nSELECT EXISTS (\n    SELECT 1 FROM raw.webhook_deliveries\n    WHERE status = 'received' AND received_at < now() - make_interval(secs => :seconds!)\n) AS \"stale!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Whether a delivery has waited longer than it should (over :seconds): its
 * -- processing job was lost with a connection or a worker.
 * SELECT EXISTS (
 *     SELECT 1 FROM raw.webhook_deliveries
 *     WHERE status = 'received' AND received_at < now() - make_interval(secs => :seconds!)
 * ) AS "stale!"
 * ```
 */
export const hasStaleDeliveriesSql = new PreparedQuery<IHasStaleDeliveriesSqlParams,IHasStaleDeliveriesSqlResult>(hasStaleDeliveriesSqlIR);


