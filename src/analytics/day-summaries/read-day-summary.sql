/* @name ReadDaySummarySql */
-- Whether the latest snapshot date has its lists computed, and how deep they go.
SELECT s.snapshot_date::text AS "snapshot_date!", s.trending_depth
FROM analytics.latest_snapshot_date l
JOIN warehouse.day_summaries s ON s.snapshot_date = l.snapshot_date;
