-- Deliveries stored but not processed yet ('received'), oldest first, with
-- their repository (their queue): after a crash some were never queued, or
-- their job died with its worker.
SELECT delivery_id, payload -> 'repository' ->> 'full_name' AS repository
FROM raw.webhook_deliveries
WHERE status = 'received'
ORDER BY id;
