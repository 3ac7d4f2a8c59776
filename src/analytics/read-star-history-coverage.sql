/* @name ReadStarHistoryCoverageSql */
-- What a repository's star history stands on: its creation, the first day of
-- gitpulse's own snapshots, and how far GitHub's stargazers/history was read. :githubId
SELECT to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
       (SELECT min(f.snapshot_date)::text FROM warehouse.fact_repo_snapshots f WHERE f.github_id = d.github_id) AS tracked_since,
       COALESCE(c.complete, false) AS "complete!",
       c.first_day::text AS first_day,
       c.next_page,
       to_char(c.fetched_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS fetched_at
FROM warehouse.dim_repositories d
LEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id
WHERE d.github_id = :githubId! AND d.is_current;
