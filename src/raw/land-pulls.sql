-- Lands pull requests (with their files) as received.
WITH incoming AS (
    SELECT * FROM unnest($1::text[], $2::int[], $3::jsonb[]) AS i(repo_full_name, pr_number, api_response)
), replaced AS (
    DELETE FROM raw.github_pulls r
    USING incoming i
    WHERE r.snapshot_date = $5::date AND r.repo_full_name = i.repo_full_name AND r.pr_number = i.pr_number
)
INSERT INTO raw.github_pulls (repo_full_name, pr_number, api_response, run_id, snapshot_date)
SELECT repo_full_name, pr_number, api_response, $4, $5::date
FROM incoming;
