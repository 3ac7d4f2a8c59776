-- A delivery applied to the model ('processed') or not needed ('ignored'). $1 delivery id, $2 status
UPDATE raw.webhook_deliveries
SET status = $2, attempts = attempts + 1, processed_at = now(), error = NULL
WHERE delivery_id = $1;
