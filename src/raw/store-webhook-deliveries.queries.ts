/** Types generated for queries found in "src/raw/store-webhook-deliveries.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type stringArray = (string)[];

/** 'StoreWebhookDeliveriesSql' parameters type */
export interface IStoreWebhookDeliveriesSqlParams {
  actions: stringArray;
  deliveryIds: stringArray;
  events: stringArray;
  headers: JsonArray;
  payloads: JsonArray;
  statuses: stringArray;
}

/** 'StoreWebhookDeliveriesSql' return type */
export interface IStoreWebhookDeliveriesSqlResult {
  delivery_id: string;
  inserted: boolean;
  status: string;
}

/** 'StoreWebhookDeliveriesSql' query type */
export interface IStoreWebhookDeliveriesSqlQuery {
  params: IStoreWebhookDeliveriesSqlParams;
  result: IStoreWebhookDeliveriesSqlResult;
}

const storeWebhookDeliveriesSqlIR: any = {"usedParamSet":{"deliveryIds":true,"events":true,"actions":true,"headers":true,"payloads":true,"statuses":true},"params":[{"name":"deliveryIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":507,"b":519},{"a":1282,"b":1294}]},{"name":"events","required":true,"transform":{"type":"scalar"},"locs":[{"a":530,"b":537}]},{"name":"actions","required":true,"transform":{"type":"scalar"},"locs":[{"a":548,"b":556}]},{"name":"headers","required":true,"transform":{"type":"scalar"},"locs":[{"a":567,"b":575}]},{"name":"payloads","required":true,"transform":{"type":"scalar"},"locs":[{"a":587,"b":596}]},{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":608,"b":617}]}],"statement":"-- The batch twin of store-webhook-delivery.sql: deliveries that arrived\n-- together, stored in arrival order (their ids are the processing order), each\n-- id once. Returns the ids this statement stored with their status, then the\n-- rows stored before it (redeliveries) with theirs: a statement does not see\n-- its own inserts, so the two parts never overlap.\n-- :deliveryIds, :events, :actions, :headers, :payloads, :statuses (arrays, one element per delivery)\nWITH incoming AS (\n    SELECT * FROM unnest(:deliveryIds!::text[], :events!::text[], :actions!::text[], :headers!::jsonb[], :payloads!::jsonb[], :statuses!::text[])\n        WITH ORDINALITY AS d (delivery_id, event, action, headers, payload, status, n)\n), inserted AS (\n    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status)\n    SELECT delivery_id, event, action, headers, payload, status\n    FROM (SELECT DISTINCT ON (delivery_id) * FROM incoming ORDER BY delivery_id, n) first_of_each\n    ORDER BY n\n    ON CONFLICT (delivery_id) DO NOTHING\n    RETURNING delivery_id, status\n)\nSELECT delivery_id AS \"delivery_id!\", true AS \"inserted!\", status AS \"status!\" FROM inserted\nUNION ALL\nSELECT delivery_id, false AS inserted, status FROM raw.webhook_deliveries WHERE delivery_id = ANY (:deliveryIds!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * -- The batch twin of store-webhook-delivery.sql: deliveries that arrived
 * -- together, stored in arrival order (their ids are the processing order), each
 * -- id once. Returns the ids this statement stored with their status, then the
 * -- rows stored before it (redeliveries) with theirs: a statement does not see
 * -- its own inserts, so the two parts never overlap.
 * -- :deliveryIds, :events, :actions, :headers, :payloads, :statuses (arrays, one element per delivery)
 * WITH incoming AS (
 *     SELECT * FROM unnest(:deliveryIds!::text[], :events!::text[], :actions!::text[], :headers!::jsonb[], :payloads!::jsonb[], :statuses!::text[])
 *         WITH ORDINALITY AS d (delivery_id, event, action, headers, payload, status, n)
 * ), inserted AS (
 *     INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status)
 *     SELECT delivery_id, event, action, headers, payload, status
 *     FROM (SELECT DISTINCT ON (delivery_id) * FROM incoming ORDER BY delivery_id, n) first_of_each
 *     ORDER BY n
 *     ON CONFLICT (delivery_id) DO NOTHING
 *     RETURNING delivery_id, status
 * )
 * SELECT delivery_id AS "delivery_id!", true AS "inserted!", status AS "status!" FROM inserted
 * UNION ALL
 * SELECT delivery_id, false AS inserted, status FROM raw.webhook_deliveries WHERE delivery_id = ANY (:deliveryIds!::text[])
 * ```
 */
export const storeWebhookDeliveriesSql = new PreparedQuery<IStoreWebhookDeliveriesSqlParams,IStoreWebhookDeliveriesSqlResult>(storeWebhookDeliveriesSqlIR);


