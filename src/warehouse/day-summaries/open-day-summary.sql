/* @name OpenDaySummarySql */
-- Starts a day's summary afresh: a re-run of the day replaces its lists.
-- :snapshotDate the day, :trendingDepth how far each trending list goes
WITH trending AS (
    DELETE FROM warehouse.day_trending_lists WHERE snapshot_date = :snapshotDate!::date
), languages AS (
    DELETE FROM warehouse.day_language_totals WHERE snapshot_date = :snapshotDate!::date
), companies AS (
    DELETE FROM warehouse.day_company_totals WHERE snapshot_date = :snapshotDate!::date
)
INSERT INTO warehouse.day_summaries (snapshot_date, trending_depth) VALUES (:snapshotDate!::date, :trendingDepth!::int)
ON CONFLICT (snapshot_date) DO UPDATE SET trending_depth = EXCLUDED.trending_depth, summarized_at = now();
