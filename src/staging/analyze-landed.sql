/* @name AnalyzeLandedSql */
-- Fresh planner statistics for the raw rows staging is about to read: the
-- run's own rows sit in its open transaction, where autovacuum cannot see
-- them, and without these the estimate for "rows of this run" is 1, which
-- picks nested loops over a million rows. Only the columns the staging and
-- warehouse steps filter and join on, not the JSON.
ANALYZE raw.github_repos (run_id, snapshot_date, source, repo_full_name),
        raw.github_repo_details (run_id, snapshot_date, detail, repo_full_name),
        raw.github_star_history (run_id, snapshot_date, github_id);
