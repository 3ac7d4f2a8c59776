/* @name LockPendingDeliveriesSql */
-- The next deliveries waiting to be processed, in the order they were stored,
-- locked for the processing transaction; :limit of them. Their payloads stay
-- in the database: the batch's statements read them there.
SELECT delivery_id, event
FROM raw.webhook_deliveries
WHERE status = 'received'
ORDER BY id
LIMIT :limit!
FOR UPDATE;
