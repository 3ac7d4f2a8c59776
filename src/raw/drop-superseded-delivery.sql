/* @name DropSupersededDeliverySql */
-- The same for raw.github_delivery (see drop-superseded-repos.sql): a re-run of a day
-- reads each repository's deployments, workflow runs and issues over the same window
-- as the day's first run (delivery-source.ts), so its pages replace the earlier ones;
-- a compare replaces only the earlier answer of the same pair.
-- :runId the re-run's run_id, :snapshotDate its snapshot_date
DELETE FROM raw.github_delivery r
USING (
    SELECT DISTINCT repo_full_name, kind, request_key FROM raw.github_delivery
    WHERE run_id = :runId! AND snapshot_date = :snapshotDate!::date
) n
WHERE r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!
  AND r.repo_full_name = n.repo_full_name AND r.kind = n.kind
  AND (r.kind <> 'compare' OR r.request_key = n.request_key);
