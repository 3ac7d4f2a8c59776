-- Deliveries to process again, oldest first; $1 true: only the failed ones.
SELECT delivery_id FROM raw.webhook_deliveries
WHERE status <> 'ignored' AND ($1::boolean IS NOT TRUE OR status = 'failed')
ORDER BY received_at, id;
