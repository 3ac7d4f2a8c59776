-- Repositories per language on the latest snapshot date.
SELECT dl.language_name AS language, count(*)::int AS repos, sum(frs.stars)::bigint AS stars
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_languages dl ON dl.language_key = frs.language_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
GROUP BY dl.language_name
ORDER BY repos DESC, language;
