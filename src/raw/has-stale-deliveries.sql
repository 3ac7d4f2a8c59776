/* @name HasStaleDeliveriesSql */
-- Whether a delivery has waited longer than it should (over :seconds): its
-- processing job was lost with a connection or a worker.
SELECT EXISTS (
    SELECT 1 FROM raw.webhook_deliveries
    WHERE status = 'received' AND received_at < now() - make_interval(secs => :seconds!)
) AS "stale!";
