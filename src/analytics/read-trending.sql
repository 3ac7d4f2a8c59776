/* @name ReadTrendingSql */
-- Repositories of the latest snapshot date, one page.
-- :language or NULL, :window (momentum | 1d | 7d), :rising only, :limit, :offset
-- Each window is its own branch so its ORDER BY starts with an index's order (0019).
WITH day AS (SELECT snapshot_date AS d FROM analytics.latest_snapshot_date),
lang AS (SELECT language_key FROM warehouse.dim_languages WHERE lower(language_name) = lower(:language)),
-- the day's snapshots with their name, so each branch orders by the whole key
-- (the window's measure, momentum, stars, name) and a page edge never splits a tie
day_rows AS NOT MATERIALIZED (
    SELECT f.*, dr.repo_full_name FROM warehouse.fact_repo_snapshots f
    JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
),
candidates AS (
    (SELECT f.* FROM day_rows f, day
     WHERE :window! = 'momentum' AND f.snapshot_date = day.d
       AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))
     ORDER BY f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name
     LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)
    UNION ALL
    (SELECT f.* FROM day_rows f, day
     WHERE :window! = '1d' AND f.snapshot_date = day.d
       AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))
     ORDER BY f.star_velocity DESC NULLS LAST, f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name
     LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)
    UNION ALL
    (SELECT f.* FROM day_rows f, day
     WHERE :window! = '7d' AND f.snapshot_date = day.d
       AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))
     ORDER BY f.star_velocity_7d DESC NULLS LAST, f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name
     LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)
)
SELECT dr.repo_full_name, dr.language, dr.description, f.stars AS "stars!", f.forks AS "forks!",
       f.open_issues AS "open_issues!", f.star_velocity,
       f.star_velocity_7d, f.activity_score, f.momentum_score::float AS momentum_score, f.rank_overall,
       f.rank_in_language, dr.render_category,
       to_char(dr.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
       f.snapshot_date::text AS "snapshot_date!"
FROM candidates f
JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
WHERE NOT :rising!::boolean OR dr.created_at >= f.snapshot_date - 30
ORDER BY CASE :window! WHEN '1d' THEN f.star_velocity WHEN '7d' THEN f.star_velocity_7d END DESC NULLS LAST,
         f.momentum_score DESC NULLS LAST, f.stars DESC, dr.repo_full_name
LIMIT :limit! OFFSET :offset!;
