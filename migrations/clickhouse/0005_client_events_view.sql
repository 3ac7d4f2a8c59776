-- The public name: every client event once.
CREATE VIEW IF NOT EXISTS client_events AS
SELECT id, type, user_id, user_login, repository, pr_number, occurred_at, received_at, client_name,
       client_version, payload
FROM client_events_store FINAL;
