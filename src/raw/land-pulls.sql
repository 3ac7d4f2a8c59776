/* @name LandPullsSql */
-- Lands pull requests (with their files) as received.
-- :fullNames, :numbers, :apiResponses (arrays, one element per pull request), :runId, :snapshotDate
WITH incoming AS (
    SELECT * FROM unnest(:fullNames!::text[], :numbers!::int[], :apiResponses!::jsonb[]) AS i(repo_full_name, pr_number, api_response)
), replaced AS (
    DELETE FROM raw.github_pulls r
    USING incoming i
    WHERE r.snapshot_date = :snapshotDate!::date AND r.repo_full_name = i.repo_full_name AND r.pr_number = i.pr_number
)
INSERT INTO raw.github_pulls (repo_full_name, pr_number, api_response, run_id, snapshot_date)
SELECT repo_full_name, pr_number, api_response, :runId!, :snapshotDate!::date
FROM incoming;
