/* @name CheckDataQualitySql */
-- Data-quality checks after a run's writes; each counts violations (0 = pass).
-- :runId the run, :snapshotDate its snapshot date
WITH checks(check_name, observed, details) AS (
    SELECT 'one_snapshot_per_repo_per_day',
        (SELECT count(*) FROM (
            SELECT d.github_id FROM warehouse.dim_repositories d
            LEFT JOIN warehouse.fact_repo_snapshots f ON f.github_id = d.github_id AND f.snapshot_date = :snapshotDate!::date
            WHERE d.is_current
              -- repositories tracked by then (a backfilled earlier day cannot know later ones)
              AND EXISTS (SELECT 1 FROM warehouse.fact_repo_snapshots e
                          WHERE e.github_id = d.github_id AND e.snapshot_date <= :snapshotDate!::date)
            GROUP BY d.github_id HAVING count(f.snapshot_key) <> 1) x),
        'tracked repositories without exactly one snapshot on the run''s date'
    UNION ALL
    SELECT 'one_current_version_per_repo',
        (SELECT count(*) FROM (
            SELECT d.github_id FROM warehouse.dim_repositories d GROUP BY d.github_id
            HAVING count(*) FILTER (WHERE d.is_current) > 1
                -- none is right for a repository gone from GitHub (README "Sources")
                OR (count(*) FILTER (WHERE d.is_current) = 0
                    AND NOT EXISTS (SELECT 1 FROM ops.gone_repositories g WHERE g.github_id = d.github_id))) x),
        'repositories with several current dimension versions, or none and not gone from GitHub'
    UNION ALL
    SELECT 'snapshot_keys_resolve',
        (SELECT count(*) FROM warehouse.fact_repo_snapshots f
         JOIN warehouse.dim_repositories d ON d.repo_key = f.repo_key
         WHERE f.snapshot_date = :snapshotDate!::date AND (d.github_id <> f.github_id OR (d.language IS NOT NULL AND f.language_key IS NULL))),
        'snapshots whose repository or language key does not match their dimension row'
    UNION ALL
    SELECT 'no_null_metrics',
        (SELECT count(*) FROM warehouse.fact_repo_snapshots
         WHERE snapshot_date = :snapshotDate!::date
           AND (stars IS NULL OR forks IS NULL OR open_issues IS NULL OR activity_score IS NULL
             OR momentum_score IS NULL OR rank_overall IS NULL OR rank_in_language IS NULL)),
        'snapshots of the day with a missing metric, score or rank'
    UNION ALL
    SELECT 'fresh_data',
        CASE WHEN EXISTS (SELECT 1 FROM warehouse.fact_repo_snapshots WHERE snapshot_date = :snapshotDate!::date AND NOT is_carried_forward)
              OR NOT EXISTS (SELECT 1 FROM warehouse.dim_repositories)
             THEN 0 ELSE 1 END,
        'the run''s date has at least one freshly collected snapshot'
), stored AS (
    INSERT INTO ops.data_quality_results (run_id, check_name, passed, observed, details)
    SELECT :runId!, check_name, observed = 0, observed, details FROM checks
    ON CONFLICT (run_id, check_name) DO UPDATE SET passed = EXCLUDED.passed, observed = EXCLUDED.observed
    RETURNING check_name, passed, observed
)
-- observed is never NULL: each check above counts
SELECT check_name, passed, observed::int AS "observed!" FROM stored ORDER BY check_name;
