-- Alerts a webhook has not received yet and has not given up on, oldest
-- first, with the attempts made so far. $1 webhook name, $2 most attempts, $3 rules it takes
SELECT a.id, a.rule, a.subject, a.message, a.details,
       (SELECT count(*)::int FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = $1) AS attempts
FROM ops.alerts a
WHERE a.rule = ANY ($3::text[])
  AND NOT EXISTS (SELECT 1 FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = $1 AND d.delivered)
  AND (SELECT count(*) FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = $1) < $2
ORDER BY a.id;
