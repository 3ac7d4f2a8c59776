-- The tracked set, as the collect phase needs it: one row per current repository.
SELECT d.github_id, d.node_id, d.repo_full_name, d.company_key IS NOT NULL AS from_org,
       d.readme_content IS NOT NULL AS has_readme,
       (SELECT f.pushed_at FROM warehouse.fact_repo_snapshots f
        WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1) AS pushed_at
FROM warehouse.dim_repositories d
WHERE d.is_current;
