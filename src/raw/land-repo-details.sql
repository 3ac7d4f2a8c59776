-- Lands the languages / readme / render.yaml answers COPYed into incoming_details
-- (see land-github-repos.sql). $1 run_id, $2 snapshot_date
WITH replaced AS (
    DELETE FROM raw.github_repo_details r
    USING incoming_details i
    WHERE r.snapshot_date = $2::date AND r.repo_full_name = i.repo_full_name AND r.detail = i.detail
)
INSERT INTO raw.github_repo_details (repo_full_name, detail, api_response, run_id, snapshot_date)
SELECT repo_full_name, detail, api_response, $1, $2::date
FROM incoming_details;
