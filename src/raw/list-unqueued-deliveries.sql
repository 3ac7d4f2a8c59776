-- Deliveries stored but not processed yet ('received'), oldest first: after a
-- crash some were never queued, or their job died with its worker.
SELECT delivery_id FROM raw.webhook_deliveries WHERE status = 'received' ORDER BY id;
