/* @name SummarizeLanguagesSql */
-- The day's analytics.language_totals (migration 0025), kept.
INSERT INTO warehouse.day_language_totals (snapshot_date, language_name, repos, stars, star_velocity_7d)
SELECT snapshot_date, language_name, repos, stars, star_velocity_7d
FROM analytics.language_totals
WHERE snapshot_date = :snapshotDate!::date;
