-- Repositories of the latest snapshot date. $1 language or NULL, $2 window, $3 rising only, $4 limit, $5 offset
SELECT dr.repo_full_name, dr.language, dr.description, f.stars, f.forks, f.open_issues, f.star_velocity,
       f.star_velocity_7d, f.activity_score, f.momentum_score::float AS momentum_score, f.rank_overall,
       f.rank_in_language, dr.render_category,
       to_char(dr.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
       f.snapshot_date::text AS snapshot_date
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
WHERE f.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
  AND ($1::text IS NULL OR lower(dr.language) = lower($1))
  AND (NOT $3::boolean OR dr.created_at >= f.snapshot_date - 30)
ORDER BY CASE $2 WHEN '1d' THEN f.star_velocity WHEN '7d' THEN f.star_velocity_7d END DESC NULLS LAST,
         f.momentum_score DESC NULLS LAST, f.stars DESC, dr.repo_full_name
LIMIT $4 OFFSET $5;
