-- One attempt to deliver an alert. $1 alert id, $2 webhook name, $3 attempt, $4 delivered, $5 HTTP status, $6 error
INSERT INTO ops.alert_deliveries (alert_id, webhook, attempt, delivered, http_status, error)
VALUES ($1, $2, $3, $4, $5, $6);
