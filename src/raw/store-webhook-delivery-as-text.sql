-- The same as store-webhook-delivery.sql for a body jsonb refuses: kept as text.
-- $1 delivery id, $2 event, $3 action, $4 headers, $5 body, $6 status
WITH inserted AS (
    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, raw_body, status)
    VALUES ($1, $2, $3, $4::jsonb, NULL, $5, $6)
    ON CONFLICT (delivery_id) DO NOTHING
    RETURNING status
)
SELECT true AS inserted, status FROM inserted
UNION ALL
SELECT false AS inserted, status FROM raw.webhook_deliveries
WHERE delivery_id = $1 AND NOT EXISTS (SELECT 1 FROM inserted);
