-- Fresh planner statistics for what the run just landed: autovacuum cannot see
-- rows of an open transaction, and without these the next steps' estimate of
-- "rows of this run" is 1, which picks nested loops over a million rows.
-- Only the columns the later steps filter and join on (not the JSON).
ANALYZE raw.github_repos (run_id, snapshot_date, source, repo_full_name),
        raw.github_repo_details (run_id, snapshot_date, detail, repo_full_name);
