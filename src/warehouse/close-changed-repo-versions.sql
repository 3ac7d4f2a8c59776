/* @name CloseChangedRepoVersionsSql */
-- SCD type 2, step 1: close the current version of every repository whose
-- name (renamed or transferred on GitHub: same github_id, so one history whose
-- versions keep its old names, analytics.repo_name_aliases), description,
-- README, language or Render category changed. A README or
-- category not fetched in this run (NULL in staging) is not a change. A day
-- older than the current version (reprocess rebuilding the days before a
-- rename) does not close it: it would bring the old name back, then the next
-- day the new one, a version pair per rebuilt day.
-- :runId the run, :asOf its as-of time
UPDATE warehouse.dim_repositories d
SET valid_to = :asOf!::timestamptz, is_current = false
FROM staging.repos_validated s
WHERE s.run_id = :runId!
  AND d.github_id = s.github_id
  AND d.is_current
  AND d.valid_from <= :asOf!::timestamptz
  AND (d.repo_full_name IS DISTINCT FROM s.repo_full_name
    OR d.description IS DISTINCT FROM s.description
    OR d.language IS DISTINCT FROM s.language
    OR (s.readme_content IS NOT NULL AND d.readme_content IS DISTINCT FROM s.readme_content)
    OR (s.render_category IS NOT NULL AND d.render_category IS DISTINCT FROM s.render_category));
