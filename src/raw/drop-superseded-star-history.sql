/* @name DropSupersededStarHistorySql */
-- After a re-run of a day lands, that day's earlier answers of the same
-- repository's same star history page go (the re-run's answer is newer).
-- :runId the re-run's run_id, :snapshotDate its snapshot_date
DELETE FROM raw.github_star_history r
USING raw.github_star_history n
WHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date
  AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!
  AND r.github_id = n.github_id AND r.page = n.page;
