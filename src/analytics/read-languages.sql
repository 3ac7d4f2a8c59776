/* @name ReadLanguagesSql */
SELECT dl.language_name, count(*)::int AS "repos!", sum(f.stars)::bigint AS "stars!",
       COALESCE(sum(f.star_velocity_7d), 0)::bigint AS "star_velocity_7d!"
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
WHERE f.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
GROUP BY dl.language_name
ORDER BY count(*) DESC, sum(f.stars) DESC;
