/* @name ListDeliveriesAfterSql */
-- Stored deliveries after a position, in the order they were stored: the
-- events export's next batch. :afterId the last id exported, :limit the batch size
SELECT id, delivery_id, event, payload, raw_body, received_at
FROM raw.webhook_deliveries
WHERE id > :afterId!
ORDER BY id
LIMIT :limit!;
