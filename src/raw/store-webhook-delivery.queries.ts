/** Types generated for queries found in "src/raw/store-webhook-delivery.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'StoreWebhookDeliverySql' parameters type */
export interface IStoreWebhookDeliverySqlParams {
  action?: string | null | void;
  deliveryId: string;
  event: string;
  headers: Json;
  payload?: Json | null | void;
  rawBody?: string | null | void;
  status: string;
}

/** 'StoreWebhookDeliverySql' return type */
export interface IStoreWebhookDeliverySqlResult {
  inserted: boolean;
  status: string;
}

/** 'StoreWebhookDeliverySql' query type */
export interface IStoreWebhookDeliverySqlQuery {
  params: IStoreWebhookDeliverySqlParams;
  result: IStoreWebhookDeliverySqlResult;
}

const storeWebhookDeliverySqlIR: any = {"usedParamSet":{"deliveryId":true,"event":true,"action":true,"headers":true,"payload":true,"status":true,"rawBody":true},"params":[{"name":"deliveryId","required":true,"transform":{"type":"scalar"},"locs":[{"a":578,"b":589},{"a":882,"b":893}]},{"name":"event","required":true,"transform":{"type":"scalar"},"locs":[{"a":592,"b":598}]},{"name":"action","required":false,"transform":{"type":"scalar"},"locs":[{"a":601,"b":607}]},{"name":"headers","required":true,"transform":{"type":"scalar"},"locs":[{"a":610,"b":618}]},{"name":"payload","required":false,"transform":{"type":"scalar"},"locs":[{"a":628,"b":635}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":645,"b":652}]},{"name":"rawBody","required":false,"transform":{"type":"scalar"},"locs":[{"a":655,"b":662}]}],"statement":"-- Stores a delivery before the receiver answers; a redelivery (same\n-- X-GitHub-Delivery) is stored once. The body goes in payload (jsonb), or,\n-- when jsonb refuses valid JSON, as text in raw_body (the caller retries so).\n-- Says whether this call stored it, and the stored row's status (a\n-- redelivery of one still 'received' is queued again).\n-- :deliveryId, :event, :action or NULL, :headers, :payload or NULL, :status, :rawBody or NULL\nWITH inserted AS (\n    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status, raw_body)\n    VALUES (:deliveryId!, :event!, :action, :headers!::jsonb, :payload::jsonb, :status!, :rawBody)\n    ON CONFLICT (delivery_id) DO NOTHING\n    RETURNING status\n)\nSELECT true AS \"inserted!\", status AS \"status!\" FROM inserted\nUNION ALL\nSELECT false AS inserted, status FROM raw.webhook_deliveries\nWHERE delivery_id = :deliveryId! AND NOT EXISTS (SELECT 1 FROM inserted)"};

/**
 * Query generated from SQL:
 * ```
 * -- Stores a delivery before the receiver answers; a redelivery (same
 * -- X-GitHub-Delivery) is stored once. The body goes in payload (jsonb), or,
 * -- when jsonb refuses valid JSON, as text in raw_body (the caller retries so).
 * -- Says whether this call stored it, and the stored row's status (a
 * -- redelivery of one still 'received' is queued again).
 * -- :deliveryId, :event, :action or NULL, :headers, :payload or NULL, :status, :rawBody or NULL
 * WITH inserted AS (
 *     INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status, raw_body)
 *     VALUES (:deliveryId!, :event!, :action, :headers!::jsonb, :payload::jsonb, :status!, :rawBody)
 *     ON CONFLICT (delivery_id) DO NOTHING
 *     RETURNING status
 * )
 * SELECT true AS "inserted!", status AS "status!" FROM inserted
 * UNION ALL
 * SELECT false AS inserted, status FROM raw.webhook_deliveries
 * WHERE delivery_id = :deliveryId! AND NOT EXISTS (SELECT 1 FROM inserted)
 * ```
 */
export const storeWebhookDeliverySql = new PreparedQuery<IStoreWebhookDeliverySqlParams,IStoreWebhookDeliverySqlResult>(storeWebhookDeliverySqlIR);


