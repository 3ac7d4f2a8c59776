/* @name ReadTrendingListSql */
-- One page of a precomputed trending list (summarize-trending.sql).
-- :snapshotDate, :language or NULL, :window, :rising only, :limit, :offset
SELECT repo_full_name, language, description, stars, forks, open_issues, star_velocity, star_velocity_7d,
       activity_score, momentum_score::float AS momentum_score, rank_overall, rank_in_language, render_category,
       to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
       snapshot_date::text AS "snapshot_date!"
FROM warehouse.day_trending_lists
WHERE snapshot_date = :snapshotDate!::date AND list_window = :window! AND rising = :rising!::boolean
  AND scope = COALESCE(lower(:language::text), '*')
  AND position > :offset!::int AND position <= :offset!::int + :limit!::int
ORDER BY position;
