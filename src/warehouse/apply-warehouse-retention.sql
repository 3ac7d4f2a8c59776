/* @name ApplyWarehouseRetentionSql */
-- The warehouse's share of retention (README "Retention"): whole months of
-- facts (migration 0019: a month goes once all of it is older than
-- :warehouseDays before :referenceDate) and the precomputed lists of those
-- days (migration 0020; their rows cascade). warehouse.fact_star_history is
-- kept whatever warehouse_days says: a repository's history from its first
-- day is the point, and reading it again costs a whole backfill.
WITH facts AS (
    SELECT warehouse.drop_month_partitions_before('warehouse.fact_repo_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n
), language_facts AS (
    SELECT warehouse.drop_month_partitions_before('warehouse.fact_language_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n
), summaries AS (
    DELETE FROM warehouse.day_summaries WHERE snapshot_date < :referenceDate!::date - :warehouseDays!::int RETURNING 1
)
SELECT (SELECT n FROM facts) + (SELECT n FROM language_facts) + (SELECT count(*) FROM summaries) AS "deleted!";
