/* @name ReadLatestSnapshotDateSql */
-- The day the "current" views show: the latest snapshot date present.
SELECT snapshot_date::text AS snapshot_date FROM analytics.latest_snapshot_date;
