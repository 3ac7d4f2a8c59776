-- Lands repository answers as received, in one statement from parallel arrays.
-- A re-run of the same day replaces that day's earlier receipt of the same
-- repository from the same source, so re-runs do not grow raw.
WITH incoming AS (
    SELECT * FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::text[], $5::text[])
        AS i(repo_full_name, api_response, source_language, source, api_format)
), replaced AS (
    DELETE FROM raw.github_repos r
    USING incoming i
    WHERE r.snapshot_date = $7::date AND r.repo_full_name = i.repo_full_name AND r.source = i.source
)
INSERT INTO raw.github_repos (repo_full_name, api_response, source_language, source, api_format, run_id, snapshot_date)
SELECT repo_full_name, api_response, source_language, source, api_format, $6, $7::date
FROM incoming;
