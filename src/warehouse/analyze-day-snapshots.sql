-- Fresh statistics for the month the run's day was written into (migration 0022). $1 snapshot_date
SELECT warehouse.analyze_month_partition('warehouse.fact_repo_snapshots', $1::date),
       warehouse.analyze_month_partition('warehouse.fact_language_snapshots', $1::date);
