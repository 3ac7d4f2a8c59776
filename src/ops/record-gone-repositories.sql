/* @name RecordGoneRepositoriesSql */
-- The tracked repositories GitHub no longer resolves (README "Sources"), named
-- from their current dimension version before the warehouse ends it. One this
-- run validated anyway (a list returned it today) is not gone. A re-run of the
-- day or a reprocess records none twice (one row per repository and first day).
-- :nodeIds and :reasons side by side (GitHub's NOT_FOUND message), :runId, :day the run's date
INSERT INTO ops.gone_repositories (github_id, node_id, full_name, first_missing_run, first_missing_day, reason)
SELECT d.github_id, d.node_id, d.repo_full_name, :runId!::text, :day!::date, g.reason
FROM unnest(:nodeIds!::text[], :reasons!::text[]) AS g(node_id, reason)
JOIN warehouse.dim_repositories d ON d.node_id = g.node_id AND d.is_current
WHERE NOT EXISTS (
    SELECT 1 FROM staging.repos_validated s
    WHERE s.github_id = d.github_id AND s.run_id = :runId!::text AND s.snapshot_date = :day!::date)
ON CONFLICT (github_id, first_missing_day) DO NOTHING
RETURNING full_name;
