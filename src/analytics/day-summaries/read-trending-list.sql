-- One page of a precomputed trending list (summarize-trending.sql).
-- $1 snapshot_date, $2 language or NULL, $3 window, $4 rising only, $5 limit, $6 offset
SELECT repo_full_name, language, description, stars, forks, open_issues, star_velocity, star_velocity_7d,
       activity_score, momentum_score::float AS momentum_score, rank_overall, rank_in_language, render_category,
       to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
       snapshot_date::text AS snapshot_date
FROM warehouse.day_trending_lists
WHERE snapshot_date = $1::date AND list_window = $3 AND rising = $4::boolean
  AND scope = COALESCE(lower($2::text), '*')
  AND position > $6::int AND position <= $6::int + $5::int
ORDER BY position;
