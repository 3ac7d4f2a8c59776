-- Starts a day's summary afresh: a re-run of the day replaces its lists.
-- $1 snapshot_date, $2 trending depth
WITH trending AS (
    DELETE FROM warehouse.day_trending_lists WHERE snapshot_date = $1::date
), languages AS (
    DELETE FROM warehouse.day_language_totals WHERE snapshot_date = $1::date
), companies AS (
    DELETE FROM warehouse.day_company_totals WHERE snapshot_date = $1::date
)
INSERT INTO warehouse.day_summaries (snapshot_date, trending_depth) VALUES ($1::date, $2::int)
ON CONFLICT (snapshot_date) DO UPDATE SET trending_depth = EXCLUDED.trending_depth, summarized_at = now();
