/* @name RequeueDeliveriesSql */
-- Deliveries to process again (`gitpulse webhooks replay`) wait once more, as
-- if just received; :failedOnly true: only the failed ones. Returns how many.
WITH requeued AS (
    UPDATE raw.webhook_deliveries SET status = 'received'
    WHERE status <> 'ignored' AND (:failedOnly!::boolean IS NOT TRUE OR status = 'failed')
    RETURNING 1
)
SELECT count(*)::int AS "n!" FROM requeued;
