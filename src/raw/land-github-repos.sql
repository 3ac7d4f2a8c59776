-- Lands the repository answers COPYed into incoming_repos (a temporary table
-- of this transaction). A re-run of the same day replaces that day's earlier
-- receipt of the same repository from the same source, so re-runs do not grow raw.
-- $1 run_id, $2 snapshot_date
WITH replaced AS (
    DELETE FROM raw.github_repos r
    USING incoming_repos i
    WHERE r.snapshot_date = $2::date AND r.repo_full_name = i.repo_full_name AND r.source = i.source
)
INSERT INTO raw.github_repos (repo_full_name, api_response, source_language, source, api_format, run_id, snapshot_date)
SELECT repo_full_name, api_response, source_language, source, api_format, $1, $2::date
FROM incoming_repos;
