-- After a re-run of a day lands (COPY into raw.github_repos), that day's
-- earlier receipts of the same repositories from the same source go.
-- $1 run_id, $2 snapshot_date
DELETE FROM raw.github_repos r
USING raw.github_repos n
WHERE n.run_id = $1 AND n.snapshot_date = $2::date
  AND r.snapshot_date = $2::date AND r.run_id IS DISTINCT FROM $1
  AND r.repo_full_name = n.repo_full_name AND r.source = n.source;
