/* @name DropSupersededDetailsSql */
-- The same for raw.github_repo_details (see drop-superseded-repos.sql), per kind of detail.
-- :runId the re-run's run_id, :snapshotDate its snapshot_date
DELETE FROM raw.github_repo_details r
USING raw.github_repo_details n
WHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date
  AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!
  AND r.repo_full_name = n.repo_full_name AND r.detail = n.detail;
