/* @name CloseChangedRepoVersionsSql */
-- SCD type 2, step 1: close the current version of every repository whose
-- description, README, language or Render category changed. A README or
-- category not fetched in this run (NULL in staging) is not a change.
-- :runId the run, :asOf its as-of time
UPDATE warehouse.dim_repositories d
SET valid_to = GREATEST(:asOf!::timestamptz, d.valid_from), is_current = false
FROM staging.repos_validated s
WHERE s.run_id = :runId!
  AND d.github_id = s.github_id
  AND d.is_current
  AND (d.description IS DISTINCT FROM s.description
    OR d.language IS DISTINCT FROM s.language
    OR (s.readme_content IS NOT NULL AND d.readme_content IS DISTINCT FROM s.readme_content)
    OR (s.render_category IS NOT NULL AND d.render_category IS DISTINCT FROM s.render_category));
