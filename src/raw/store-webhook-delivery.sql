/* @name StoreWebhookDeliverySql */
-- Stores a delivery before the receiver answers; a redelivery (same
-- X-GitHub-Delivery) is stored once. The body goes in payload (jsonb), or,
-- when jsonb refuses valid JSON, as text in raw_body (the caller retries so).
-- Says whether this call stored it, and the stored row's status (a
-- redelivery of one still 'received' is queued again).
-- :deliveryId, :event, :action or NULL, :headers, :payload or NULL, :status, :rawBody or NULL
WITH inserted AS (
    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status, raw_body)
    VALUES (:deliveryId!, :event!, :action, :headers!::jsonb, :payload::jsonb, :status!, :rawBody)
    ON CONFLICT (delivery_id) DO NOTHING
    RETURNING status
)
SELECT true AS "inserted!", status AS "status!" FROM inserted
UNION ALL
SELECT false AS inserted, status FROM raw.webhook_deliveries
WHERE delivery_id = :deliveryId! AND NOT EXISTS (SELECT 1 FROM inserted);
