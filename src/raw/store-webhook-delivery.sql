-- Stores a delivery before the receiver answers; a redelivery (same
-- X-GitHub-Delivery) is stored once. Returns a row only when it is new.
-- $1 delivery id, $2 event, $3 action, $4 headers, $5 payload, $6 status
INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status)
VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)
ON CONFLICT (delivery_id) DO NOTHING
RETURNING id;
