-- Stores a delivery before the receiver answers; a redelivery (same
-- X-GitHub-Delivery) is stored once. Says whether this call stored it, and
-- the stored row's status (a redelivery of one still 'received' is queued again).
-- $1 delivery id, $2 event, $3 action, $4 headers, $5 payload, $6 status
WITH inserted AS (
    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status)
    VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)
    ON CONFLICT (delivery_id) DO NOTHING
    RETURNING status
)
SELECT true AS inserted, status FROM inserted
UNION ALL
SELECT false AS inserted, status FROM raw.webhook_deliveries
WHERE delivery_id = $1 AND NOT EXISTS (SELECT 1 FROM inserted);
