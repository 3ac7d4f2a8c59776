/* @name SummarizeLanguagesSql */
-- The repositories, stars and 7-day star gain per language on :snapshotDate.
INSERT INTO warehouse.day_language_totals (snapshot_date, language_name, repos, stars, star_velocity_7d)
SELECT :snapshotDate!::date, dl.language_name, count(*), sum(f.stars), COALESCE(sum(f.star_velocity_7d), 0)
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
WHERE f.snapshot_date = :snapshotDate!::date
GROUP BY dl.language_name;
