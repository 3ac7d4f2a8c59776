-- Reads a stored delivery and locks its row for the processing transaction. $1 delivery id
SELECT event, payload, raw_body FROM raw.webhook_deliveries WHERE delivery_id = $1 FOR UPDATE;
