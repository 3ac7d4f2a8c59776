/* @name EnsureStarHistoryPartitionsSql */
-- The year partitions of warehouse.fact_star_history for every year the run's
-- staged weeks reach into (migration 0023), created when missing.
-- :runId the run the staged rows belong to, :snapshotDate its date
SELECT count(*) FILTER (WHERE warehouse.ensure_year_partition('warehouse.fact_star_history', 'star_date', y))::int AS "created!"
FROM (
    SELECT DISTINCT make_date(extract(year FROM (to_timestamp(w.week + 43200) AT TIME ZONE 'UTC'))::int, 1, 1) AS y
    FROM staging.star_history_weeks w
    WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date
    UNION
    SELECT DISTINCT make_date(extract(year FROM (to_timestamp(w.week + 6 * 86400 + 43200) AT TIME ZONE 'UTC'))::int, 1, 1)
    FROM staging.star_history_weeks w
    WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date
) years;
