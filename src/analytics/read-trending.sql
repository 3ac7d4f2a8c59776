/* @name ReadTrendingSql */
-- One page of a trending list of the latest snapshot date, as
-- analytics.trending_positions defines it (migration 0025), when the day's
-- kept lists (warehouse.day_trending_lists) do not reach the page.
-- :language or NULL for all, :window momentum | 1d | 7d, :rising created in the last 30 days
SELECT dr.repo_full_name AS "repo_full_name!", dr.language, dr.description, f.stars AS "stars!",
       f.forks AS "forks!", f.open_issues AS "open_issues!", f.star_velocity, f.star_velocity_7d,
       f.activity_score, f.momentum_score::float AS momentum_score, f.rank_overall, f.rank_in_language,
       dr.render_category, to_char(dr.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
       f.snapshot_date::text AS "snapshot_date!"
FROM analytics.trending_positions p
JOIN warehouse.fact_repo_snapshots f ON f.github_id = p.github_id AND f.snapshot_date = p.snapshot_date
JOIN warehouse.dim_repositories dr ON dr.repo_key = p.repo_key
WHERE p.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
  AND p.list_window = :window! AND p.rising = :rising!::boolean AND p.scope = COALESCE(lower(:language::text), '*')
  AND p.position > :offset!::int AND p.position <= :offset!::int + :limit!::int
ORDER BY p.position;
