/* @name AnalyzeStagedSql */
-- Fresh planner statistics for the rows the run staged (see analyze-landed.sql).
ANALYZE staging.repos_validated (run_id, github_id, repo_full_name, language),
        staging.repo_languages (run_id, repo_full_name, language),
        staging.star_history_weeks (run_id, snapshot_date, github_id);
