-- The run date's month partitions of both fact tables (migration 0019), created when missing.
-- $1 snapshot_date
SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', $1::date)::int
     + warehouse.ensure_month_partition('warehouse.fact_language_snapshots', $1::date)::int AS created;
