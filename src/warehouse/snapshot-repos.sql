/* @name SnapshotReposSql */
-- Exactly one snapshot per tracked repository for the run's date (README "The pipeline run":
-- hybrid model): fresh numbers for repositories validated in this run, the
-- latest earlier numbers carried forward for the rest. Re-running a date
-- overwrites its rows instead of adding any. Tracked: every current version.
-- :runId the run, :snapshotDate its date
INSERT INTO warehouse.fact_repo_snapshots AS f (
    repo_key, github_id, language_key, company_key, snapshot_date, stars, forks, open_issues, pushed_at,
    is_carried_forward, run_id)
SELECT d.repo_key, d.github_id, l.language_key, d.company_key, :snapshotDate!::date,
    COALESCE(s.stars, prev.stars), COALESCE(s.forks, prev.forks), COALESCE(s.open_issues, prev.open_issues),
    COALESCE(s.pushed_at, prev.pushed_at), s.github_id IS NULL, :runId!
FROM warehouse.dim_repositories d
LEFT JOIN staging.repos_validated s ON s.github_id = d.github_id AND s.run_id = :runId!
LEFT JOIN LATERAL (
    SELECT p.stars, p.forks, p.open_issues, p.pushed_at
    FROM warehouse.fact_repo_snapshots p
    WHERE p.github_id = d.github_id AND p.snapshot_date <= :snapshotDate!::date AND p.run_id IS DISTINCT FROM :runId!
    ORDER BY p.snapshot_date DESC
    LIMIT 1
) prev ON s.github_id IS NULL
LEFT JOIN warehouse.dim_languages l ON l.language_name = d.language
WHERE d.is_current
  AND (s.github_id IS NOT NULL OR prev.stars IS NOT NULL)
ON CONFLICT (github_id, snapshot_date) DO UPDATE SET
    repo_key = EXCLUDED.repo_key, language_key = EXCLUDED.language_key, company_key = EXCLUDED.company_key,
    -- a partial re-run that did not see a repository keeps the day's fresh numbers it already has
    stars = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.stars ELSE EXCLUDED.stars END,
    forks = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.forks ELSE EXCLUDED.forks END,
    open_issues = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.open_issues ELSE EXCLUDED.open_issues END,
    pushed_at = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.pushed_at ELSE EXCLUDED.pushed_at END,
    is_carried_forward = EXCLUDED.is_carried_forward AND f.is_carried_forward,
    run_id = EXCLUDED.run_id;
