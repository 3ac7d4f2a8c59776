/* @name StoreWebhookDeliveriesSql */
-- The batch twin of store-webhook-delivery.sql: deliveries that arrived
-- together, stored in arrival order (their ids are the processing order), each
-- id once. Returns the ids this statement stored with their status, then the
-- rows stored before it (redeliveries) with theirs: a statement does not see
-- its own inserts, so the two parts never overlap.
-- :deliveryIds, :events, :actions, :headers, :payloads, :statuses (arrays, one element per delivery)
WITH incoming AS (
    SELECT * FROM unnest(:deliveryIds!::text[], :events!::text[], :actions!::text[], :headers!::jsonb[], :payloads!::jsonb[], :statuses!::text[])
        WITH ORDINALITY AS d (delivery_id, event, action, headers, payload, status, n)
), inserted AS (
    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status)
    SELECT delivery_id, event, action, headers, payload, status
    FROM (SELECT DISTINCT ON (delivery_id) * FROM incoming ORDER BY delivery_id, n) first_of_each
    ORDER BY n
    ON CONFLICT (delivery_id) DO NOTHING
    RETURNING delivery_id, status
)
SELECT delivery_id AS "delivery_id!", true AS "inserted!", status AS "status!" FROM inserted
UNION ALL
SELECT delivery_id, false AS inserted, status FROM raw.webhook_deliveries WHERE delivery_id = ANY (:deliveryIds!::text[]);
