/* @name EnsureMonthPartitionsSql */
-- The month partitions of both fact tables (migration 0019) for :snapshotDate, the run's
-- date, created when missing.
SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', :snapshotDate!::date)::int
     + warehouse.ensure_month_partition('warehouse.fact_language_snapshots', :snapshotDate!::date)::int AS "created!";
