/* @name ListUndeliveredAlertsSql */
-- Alerts a webhook has not received yet and has not given up on, oldest
-- first, with the attempts made so far. :webhook the webhook's name, :maxAttempts most attempts,
-- :rules the rules it takes
SELECT a.id, a.rule, a.subject, a.message, a.details,
       (SELECT count(*)::int FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook!) AS "attempts!"
FROM ops.alerts a
WHERE a.rule = ANY (:rules!::text[])
  AND NOT EXISTS (SELECT 1 FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook! AND d.delivered)
  AND (SELECT count(*) FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook!) < :maxAttempts!
ORDER BY a.id;
