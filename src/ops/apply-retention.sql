/* @name ApplyRetentionSql */
-- Tiered retention (README "Retention"). Days are counted back from :referenceDate,
-- the run's date, so replaying or backfilling old days keeps them.
-- Workflow runs are bookkeeping in real time: counted back from now().
-- :rawDays, :stagingDays, :warehouseDays and :workflowRunsDays: each layer's retention in days.
-- warehouse.fact_star_history is kept whatever warehouse_days says: a repository's
-- history from its first day is the point, and reading it again costs a whole backfill.
-- staging.star_history_weeks is kept too: it holds only the latest answer per
-- repository and week (about 52 rows a repository-year), and names the raw answers to keep.
WITH raw_repos AS (
    DELETE FROM raw.github_repos WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
), raw_details AS (
    DELETE FROM raw.github_repo_details WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
), raw_pulls AS (
    DELETE FROM raw.github_pulls WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
), raw_star_history AS (
    -- an answer goes once it is old and none of its weeks is still the latest one staged: the
    -- answers a history stands on stay, so reprocess rebuilds it from the first day without GitHub
    DELETE FROM raw.github_star_history r WHERE r.snapshot_date < :referenceDate!::date - :rawDays!::int
      AND NOT EXISTS (SELECT 1 FROM staging.star_history_weeks s WHERE s.raw_id = r.id) RETURNING 1
), raw_webhooks AS (
    DELETE FROM raw.webhook_deliveries
    WHERE received_at < now() - make_interval(days => :rawDays!::int) AND status IN ('processed', 'ignored') RETURNING 1
), stg_repos AS (
    DELETE FROM staging.repos_validated WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
), stg_languages AS (
    DELETE FROM staging.repo_languages WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
), stg_render AS (
    DELETE FROM staging.render_services WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
), stg_rejects AS (
    DELETE FROM staging.rejects WHERE COALESCE(snapshot_date, rejected_at::date) < :referenceDate!::date - :stagingDays!::int RETURNING 1
), facts AS (
    -- whole months (migration 0019): a month goes once all of it is older than the cutoff
    SELECT warehouse.drop_month_partitions_before('warehouse.fact_repo_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n
), language_facts AS (
    SELECT warehouse.drop_month_partitions_before('warehouse.fact_language_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n
), summaries AS (
    -- the precomputed lists of those days (migration 0020; their rows cascade)
    DELETE FROM warehouse.day_summaries WHERE snapshot_date < :referenceDate!::date - :warehouseDays!::int RETURNING 1
), runs AS (
    DELETE FROM warehouse.fact_workflow_runs WHERE started_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
), quality AS (
    DELETE FROM ops.data_quality_results WHERE checked_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
), alerts AS (
    -- Alerts are bookkeeping like runs; their delivery log goes with them (ON DELETE CASCADE).
    DELETE FROM ops.alerts WHERE created_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
)
SELECT
    (SELECT count(*) FROM raw_repos) + (SELECT count(*) FROM raw_details) + (SELECT count(*) FROM raw_pulls)
        + (SELECT count(*) FROM raw_star_history) + (SELECT count(*) FROM raw_webhooks) AS "raw!",
    (SELECT count(*) FROM stg_repos) + (SELECT count(*) FROM stg_languages) + (SELECT count(*) FROM stg_render)
        + (SELECT count(*) FROM stg_rejects) AS "staging!",
    (SELECT n FROM facts) + (SELECT n FROM language_facts) + (SELECT count(*) FROM summaries) AS "warehouse!",
    (SELECT count(*) FROM runs) + (SELECT count(*) FROM quality) + (SELECT count(*) FROM alerts) AS "runs!";
