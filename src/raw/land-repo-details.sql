-- Lands languages / readme / render.yaml answers as received (see land-github-repos.sql).
WITH incoming AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[]) AS i(repo_full_name, detail, api_response)
), replaced AS (
    DELETE FROM raw.github_repo_details r
    USING incoming i
    WHERE r.snapshot_date = $5::date AND r.repo_full_name = i.repo_full_name AND r.detail = i.detail
)
INSERT INTO raw.github_repo_details (repo_full_name, detail, api_response, run_id, snapshot_date)
SELECT repo_full_name, detail, api_response, $4, $5::date
FROM incoming;
