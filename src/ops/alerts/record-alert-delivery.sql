/* @name RecordAlertDeliverySql */
-- One attempt to deliver an alert (:alertId) to a webhook (its name); :httpStatus and :error may be NULL.
INSERT INTO ops.alert_deliveries (alert_id, webhook, attempt, delivered, http_status, error)
VALUES (:alertId!, :webhook!, :attempt!, :delivered!, :httpStatus, :error);
