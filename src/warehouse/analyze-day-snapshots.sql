/* @name AnalyzeDaySnapshotsSql */
-- Fresh statistics for the month the run's day, :snapshotDate, was written into
-- (migration 0022). The columns are named apart for the generated row type.
SELECT warehouse.analyze_month_partition('warehouse.fact_repo_snapshots', :snapshotDate!::date) AS repo_snapshots,
       warehouse.analyze_month_partition('warehouse.fact_language_snapshots', :snapshotDate!::date) AS language_snapshots;
