-- Stored deliveries after a position, in the order they were stored: the
-- events export's next batch. $1 last id exported, $2 batch size
SELECT id, delivery_id, event, payload, raw_body, received_at
FROM raw.webhook_deliveries
WHERE id > $1
ORDER BY id
LIMIT $2;
