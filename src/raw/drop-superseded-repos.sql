/* @name DropSupersededReposSql */
-- After a re-run of a day lands (COPY into raw.github_repos), that day's
-- earlier receipts of the same repositories from the same source go.
-- :runId the re-run's run_id, :snapshotDate its snapshot_date
DELETE FROM raw.github_repos r
USING raw.github_repos n
WHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date
  AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!
  AND r.repo_full_name = n.repo_full_name AND r.source = n.source;
