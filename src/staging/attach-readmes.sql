/* @name AttachReadmesSql */
-- Decodes the README answers of a run (base64, as GitHub sends them) onto
-- the validated repositories, the latest answer per repository. The answers
-- are gathered first (MATERIALIZED), so a run with many other details and few
-- READMEs joins a handful of rows instead of probing every detail per repository.
-- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the staging run
WITH readmes AS MATERIALIZED (
    SELECT DISTINCT ON (lower(d.repo_full_name)) lower(d.repo_full_name) AS name_key,
        convert_from(decode(d.api_response->>'content', 'base64'), 'UTF8') AS content
    FROM raw.github_repo_details d
    WHERE d.run_id = ANY(:rawRunIds!::text[]) AND d.snapshot_date = :snapshotDate!::date AND d.detail = 'readme'
      AND d.api_response->>'encoding' = 'base64'
    ORDER BY lower(d.repo_full_name), d.id DESC
)
UPDATE staging.repos_validated s
SET readme_content = r.content
FROM readmes r
WHERE s.run_id = :runId! AND lower(s.repo_full_name) = r.name_key;
