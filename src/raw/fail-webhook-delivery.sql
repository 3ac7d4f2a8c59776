-- A delivery whose processing failed keeps its row, with the error, for a replay. $1 delivery id, $2 error
UPDATE raw.webhook_deliveries SET status = 'failed', attempts = attempts + 1, error = $2 WHERE delivery_id = $1;
