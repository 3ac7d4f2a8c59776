/* @name FinishWebhookDeliveriesSql */
-- Each delivery's outcome in one statement ('processed', 'ignored', or 'failed'
-- with its error).
-- :deliveryIds, :statuses, :errors (NULL unless failed): arrays, one element per delivery
UPDATE raw.webhook_deliveries d
SET status = o.status,
    attempts = d.attempts + 1,
    processed_at = CASE WHEN o.status = 'failed' THEN d.processed_at ELSE now() END,
    error = o.error
FROM unnest(:deliveryIds!::text[], :statuses!::text[], :errors!::text[]) AS o (delivery_id, status, error)
WHERE d.delivery_id = o.delivery_id;
