/* @name ReadTrackedReposSql */
-- The tracked set, as the collect phase needs it: one row per current
-- repository, a page at a time in github_id order (keyset: :after the last
-- github_id read, :limit the page size), so a million rows never sit in one result.
SELECT d.github_id, d.node_id, d.company_key IS NOT NULL AS "from_org!",
       d.readme_content IS NOT NULL AS "has_readme!",
       (SELECT f.pushed_at FROM warehouse.fact_repo_snapshots f
        WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1) AS pushed_at
FROM warehouse.dim_repositories d
WHERE d.is_current AND d.github_id > :after!::bigint
ORDER BY d.github_id
LIMIT :limit!::int;
