/* @name ReadLastIngestQuotaSql */
-- Quota left per GitHub resource at the end of the latest ingest run, from
-- the collect task's github_quota_remaining_<resource> counts (every such key has the prefix
-- and every count is a number, so neither column is NULL).
SELECT substring(kv.key FROM 'github_quota_remaining_(.*)') AS "resource!", kv.value::int AS "remaining!"
FROM (SELECT task_tree FROM warehouse.fact_workflow_runs WHERE run_type = 'ingest'
      ORDER BY started_at DESC LIMIT 1) r,
     jsonb_array_elements(r.task_tree) t, jsonb_each_text(t->'counts') kv
WHERE t->>'name' = 'collect' AND kv.key LIKE 'github_quota_remaining_%';
