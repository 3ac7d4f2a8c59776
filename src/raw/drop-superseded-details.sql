-- The same for raw.github_repo_details (see drop-superseded-repos.sql), per kind of detail.
-- $1 run_id, $2 snapshot_date
DELETE FROM raw.github_repo_details r
USING raw.github_repo_details n
WHERE n.run_id = $1 AND n.snapshot_date = $2::date
  AND r.snapshot_date = $2::date AND r.run_id IS DISTINCT FROM $1
  AND r.repo_full_name = n.repo_full_name AND r.detail = n.detail;
