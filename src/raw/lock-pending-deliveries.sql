/* @name LockPendingDeliveriesSql */
-- The next deliveries waiting to be processed, in the order they were stored,
-- locked for the processing transaction; :limit of them.
SELECT delivery_id, event, payload, raw_body
FROM raw.webhook_deliveries
WHERE status = 'received'
ORDER BY id
LIMIT :limit!
FOR UPDATE;
