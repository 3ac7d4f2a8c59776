/* @name ReadLanguageTotalsSql */
-- The precomputed language totals of a day (summarize-languages.sql). :snapshotDate
SELECT language_name, repos, stars, star_velocity_7d
FROM warehouse.day_language_totals
WHERE snapshot_date = :snapshotDate!::date
ORDER BY repos DESC, stars DESC;
