-- The public name: every event once.
CREATE VIEW IF NOT EXISTS github_events ON CLUSTER __CLUSTER__ AS
SELECT id, type, created_at, actor_id, actor_login, repo_id, repo_name, org_login, action, number, ref,
       merged, source, payload
FROM github_events_store FINAL;
