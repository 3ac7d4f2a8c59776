/* @name ReadLanguagesSql */
-- analytics.language_totals on the latest snapshot date, when the day's are not kept.
SELECT language_name AS "language_name!", repos AS "repos!", stars AS "stars!", star_velocity_7d AS "star_velocity_7d!"
FROM analytics.language_totals
WHERE snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY repos DESC, stars DESC;
