-- Each delivery's outcome in one statement ('processed', 'ignored', or 'failed'
-- with its error).
-- $1 delivery ids, $2 statuses, $3 errors (NULL unless failed)
UPDATE raw.webhook_deliveries d
SET status = o.status,
    attempts = d.attempts + 1,
    processed_at = CASE WHEN o.status = 'failed' THEN d.processed_at ELSE now() END,
    error = o.error
FROM unnest($1::text[], $2::text[], $3::text[]) AS o (delivery_id, status, error)
WHERE d.delivery_id = o.delivery_id;
