/* @name SnapshotLanguagesSql */
-- Bytes per language per repository for the run's date, from this run's languages answers.
-- :runId the run, :snapshotDate its date
WITH staged AS (
    SELECT d.github_id, d.repo_key, l.language_key, sl.bytes
    FROM staging.repo_languages sl
    JOIN warehouse.dim_repositories d ON lower(d.repo_full_name) = lower(sl.repo_full_name) AND d.is_current
    JOIN warehouse.dim_languages l ON l.language_name = sl.language
    WHERE sl.run_id = :runId!
), dropped AS (
    -- languages a repository no longer has on this date
    -- (NOT EXISTS: an anti-join; see staging/stage-repo-languages.sql)
    DELETE FROM warehouse.fact_language_snapshots f
    WHERE f.snapshot_date = :snapshotDate!::date
      AND EXISTS (SELECT 1 FROM staged s WHERE s.github_id = f.github_id)
      AND NOT EXISTS (SELECT 1 FROM staged s WHERE s.github_id = f.github_id AND s.language_key = f.language_key)
)
INSERT INTO warehouse.fact_language_snapshots (github_id, repo_key, language_key, snapshot_date, bytes)
SELECT github_id, repo_key, language_key, :snapshotDate!::date, bytes FROM staged
ON CONFLICT (github_id, snapshot_date, language_key) DO UPDATE SET repo_key = EXCLUDED.repo_key, bytes = EXCLUDED.bytes;
