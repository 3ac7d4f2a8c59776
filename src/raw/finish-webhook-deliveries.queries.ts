/** Types generated for queries found in "src/raw/finish-webhook-deliveries.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'FinishWebhookDeliveriesSql' parameters type */
export interface IFinishWebhookDeliveriesSqlParams {
  deliveryIds: stringArray;
  errors: stringArray;
  statuses: stringArray;
}

/** 'FinishWebhookDeliveriesSql' return type */
export type IFinishWebhookDeliveriesSqlResult = void;

/** 'FinishWebhookDeliveriesSql' query type */
export interface IFinishWebhookDeliveriesSqlQuery {
  params: IFinishWebhookDeliveriesSqlParams;
  result: IFinishWebhookDeliveriesSqlResult;
}

const finishWebhookDeliveriesSqlIR: any = {"usedParamSet":{"deliveryIds":true,"statuses":true,"errors":true},"params":[{"name":"deliveryIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":395,"b":407}]},{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":418,"b":427}]},{"name":"errors","required":true,"transform":{"type":"scalar"},"locs":[{"a":438,"b":445}]}],"statement":"-- Each delivery's outcome in one statement ('processed', 'ignored', or 'failed'\n-- with its error).\n-- :deliveryIds, :statuses, :errors (NULL unless failed): arrays, one element per delivery\nUPDATE raw.webhook_deliveries d\nSET status = o.status,\n    attempts = d.attempts + 1,\n    processed_at = CASE WHEN o.status = 'failed' THEN d.processed_at ELSE now() END,\n    error = o.error\nFROM unnest(:deliveryIds!::text[], :statuses!::text[], :errors!::text[]) AS o (delivery_id, status, error)\nWHERE d.delivery_id = o.delivery_id"};

/**
 * Query generated from SQL:
 * ```
 * -- Each delivery's outcome in one statement ('processed', 'ignored', or 'failed'
 * -- with its error).
 * -- :deliveryIds, :statuses, :errors (NULL unless failed): arrays, one element per delivery
 * UPDATE raw.webhook_deliveries d
 * SET status = o.status,
 *     attempts = d.attempts + 1,
 *     processed_at = CASE WHEN o.status = 'failed' THEN d.processed_at ELSE now() END,
 *     error = o.error
 * FROM unnest(:deliveryIds!::text[], :statuses!::text[], :errors!::text[]) AS o (delivery_id, status, error)
 * WHERE d.delivery_id = o.delivery_id
 * ```
 */
export const finishWebhookDeliveriesSql = new PreparedQuery<IFinishWebhookDeliveriesSqlParams,IFinishWebhookDeliveriesSqlResult>(finishWebhookDeliveriesSqlIR);


