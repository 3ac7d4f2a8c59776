/* @name OpenRepoVersionsSql */
-- SCD type 2, step 2: a new current version for every validated repository
-- without one (new repositories and those closed by step 1). What this run
-- did not fetch (README, Render category) is carried from the closed version.
-- Only the day's own rows: reprocess writes every day under one run id, so
-- staging still holds earlier days' rows with it, among them repositories
-- since gone from GitHub (README "Sources"), which must stay ended.
-- :runId the run, :asOf its as-of time, :snapshotDate the day being written
INSERT INTO warehouse.dim_repositories (
    github_id, node_id, repo_full_name, owner, company_key, repo_url, description, readme_content, language,
    created_at, render_category, topics, license_spdx, is_archived, is_private, valid_from, valid_to, is_current)
SELECT s.github_id, s.node_id, s.repo_full_name, s.owner, c.company_key, s.repo_url, s.description,
    COALESCE(s.readme_content, prev.readme_content), s.language, s.created_at,
    COALESCE(s.render_category, prev.render_category), s.topics, s.license_spdx, s.is_archived, s.is_private,
    GREATEST(:asOf!::timestamptz, prev.valid_to, s.created_at), NULL, true
FROM staging.repos_validated s
LEFT JOIN warehouse.dim_companies c ON lower(c.company_name) = lower(s.owner) AND c.is_tracked
LEFT JOIN LATERAL (
    SELECT p.readme_content, p.render_category, p.valid_to
    FROM warehouse.dim_repositories p
    WHERE p.github_id = s.github_id
    ORDER BY p.valid_from DESC
    LIMIT 1
) prev ON true
WHERE s.run_id = :runId!
  AND s.snapshot_date = :snapshotDate!::date
  AND NOT EXISTS (
    SELECT 1 FROM warehouse.dim_repositories d WHERE d.github_id = s.github_id AND d.is_current);
