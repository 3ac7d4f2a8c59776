-- Stores a delivery before the receiver answers; a redelivery (same
-- X-GitHub-Delivery) is stored once. The body goes in payload (jsonb), or,
-- when jsonb refuses valid JSON, as text in raw_body (the caller retries so).
-- Says whether this call stored it, and the stored row's status (a
-- redelivery of one still 'received' is queued again).
-- $1 delivery id, $2 event, $3 action, $4 headers, $5 payload or NULL, $6 status, $7 raw body or NULL
WITH inserted AS (
    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status, raw_body)
    VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7)
    ON CONFLICT (delivery_id) DO NOTHING
    RETURNING status
)
SELECT true AS inserted, status FROM inserted
UNION ALL
SELECT false AS inserted, status FROM raw.webhook_deliveries
WHERE delivery_id = $1 AND NOT EXISTS (SELECT 1 FROM inserted);
