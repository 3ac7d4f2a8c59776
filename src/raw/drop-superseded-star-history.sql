-- After a re-run of a day lands, that day's earlier answers of the same
-- repository's same star history page go (the re-run's answer is newer).
-- $1 run_id, $2 snapshot_date
DELETE FROM raw.github_star_history r
USING raw.github_star_history n
WHERE n.run_id = $1 AND n.snapshot_date = $2::date
  AND r.snapshot_date = $2::date AND r.run_id IS DISTINCT FROM $1
  AND r.github_id = n.github_id AND r.page = n.page;
