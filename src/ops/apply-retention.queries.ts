/** Types generated for queries found in "src/ops/apply-retention.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ApplyRetentionSql' parameters type */
export interface IApplyRetentionSqlParams {
  rawDays: number;
  referenceDate: string;
  stagingDays: number;
  warehouseDays: number;
  workflowRunsDays: number;
}

/** 'ApplyRetentionSql' return type */
export interface IApplyRetentionSqlResult {
  raw: number;
  runs: number;
  staging: number;
  warehouse: number;
}

/** 'ApplyRetentionSql' query type */
export interface IApplyRetentionSqlQuery {
  params: IApplyRetentionSqlParams;
  result: IApplyRetentionSqlResult;
}

const applyRetentionSqlIR: any = {"usedParamSet":{"referenceDate":true,"rawDays":true,"stagingDays":true,"warehouseDays":true,"workflowRunsDays":true},"params":[{"name":"referenceDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":742,"b":756},{"a":875,"b":889},{"a":999,"b":1013},{"a":1336,"b":1350},{"a":1736,"b":1750},{"a":1874,"b":1888},{"a":2010,"b":2024},{"a":2168,"b":2182},{"a":2411,"b":2425},{"a":2572,"b":2586},{"a":2783,"b":2797}]},{"name":"rawDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":766,"b":774},{"a":899,"b":907},{"a":1023,"b":1031},{"a":1360,"b":1368},{"a":1589,"b":1597}]},{"name":"stagingDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":1760,"b":1772},{"a":1898,"b":1910},{"a":2034,"b":2046},{"a":2192,"b":2204}]},{"name":"warehouseDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":2435,"b":2449},{"a":2596,"b":2610},{"a":2807,"b":2821}]},{"name":"workflowRunsDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":2947,"b":2964},{"a":3090,"b":3107},{"a":3314,"b":3331}]}],"statement":"-- Tiered retention (README \"Retention\"). Days are counted back from :referenceDate,\n-- the run's date, so replaying or backfilling old days keeps them.\n-- Workflow runs are bookkeeping in real time: counted back from now().\n-- :rawDays, :stagingDays, :warehouseDays and :workflowRunsDays: each layer's retention in days.\n-- warehouse.fact_star_history is kept whatever warehouse_days says: a repository's\n-- history from its first day is the point, and reading it again costs a whole backfill.\n-- staging.star_history_weeks is kept too: it holds only the latest answer per\n-- repository and week (about 52 rows a repository-year), and names the raw answers to keep.\nWITH raw_repos AS (\n    DELETE FROM raw.github_repos WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1\n), raw_details AS (\n    DELETE FROM raw.github_repo_details WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1\n), raw_pulls AS (\n    DELETE FROM raw.github_pulls WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1\n), raw_star_history AS (\n    -- an answer goes once it is old and none of its weeks is still the latest one staged: the\n    -- answers a history stands on stay, so reprocess rebuilds it from the first day without GitHub\n    DELETE FROM raw.github_star_history r WHERE r.snapshot_date < :referenceDate!::date - :rawDays!::int\n      AND NOT EXISTS (SELECT 1 FROM staging.star_history_weeks s WHERE s.raw_id = r.id) RETURNING 1\n), raw_webhooks AS (\n    DELETE FROM raw.webhook_deliveries\n    WHERE received_at < now() - make_interval(days => :rawDays!::int) AND status IN ('processed', 'ignored') RETURNING 1\n), stg_repos AS (\n    DELETE FROM staging.repos_validated WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1\n), stg_languages AS (\n    DELETE FROM staging.repo_languages WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1\n), stg_render AS (\n    DELETE FROM staging.render_services WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1\n), stg_rejects AS (\n    DELETE FROM staging.rejects WHERE COALESCE(snapshot_date, rejected_at::date) < :referenceDate!::date - :stagingDays!::int RETURNING 1\n), facts AS (\n    -- whole months (migration 0019): a month goes once all of it is older than the cutoff\n    SELECT warehouse.drop_month_partitions_before('warehouse.fact_repo_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n\n), language_facts AS (\n    SELECT warehouse.drop_month_partitions_before('warehouse.fact_language_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n\n), summaries AS (\n    -- the precomputed lists of those days (migration 0020; their rows cascade)\n    DELETE FROM warehouse.day_summaries WHERE snapshot_date < :referenceDate!::date - :warehouseDays!::int RETURNING 1\n), runs AS (\n    DELETE FROM warehouse.fact_workflow_runs WHERE started_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1\n), quality AS (\n    DELETE FROM ops.data_quality_results WHERE checked_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1\n), alerts AS (\n    -- Alerts are bookkeeping like runs; their delivery log goes with them (ON DELETE CASCADE).\n    DELETE FROM ops.alerts WHERE created_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1\n)\nSELECT\n    (SELECT count(*) FROM raw_repos) + (SELECT count(*) FROM raw_details) + (SELECT count(*) FROM raw_pulls)\n        + (SELECT count(*) FROM raw_star_history) + (SELECT count(*) FROM raw_webhooks) AS \"raw!\",\n    (SELECT count(*) FROM stg_repos) + (SELECT count(*) FROM stg_languages) + (SELECT count(*) FROM stg_render)\n        + (SELECT count(*) FROM stg_rejects) AS \"staging!\",\n    (SELECT n FROM facts) + (SELECT n FROM language_facts) + (SELECT count(*) FROM summaries) AS \"warehouse!\",\n    (SELECT count(*) FROM runs) + (SELECT count(*) FROM quality) + (SELECT count(*) FROM alerts) AS \"runs!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Tiered retention (README "Retention"). Days are counted back from :referenceDate,
 * -- the run's date, so replaying or backfilling old days keeps them.
 * -- Workflow runs are bookkeeping in real time: counted back from now().
 * -- :rawDays, :stagingDays, :warehouseDays and :workflowRunsDays: each layer's retention in days.
 * -- warehouse.fact_star_history is kept whatever warehouse_days says: a repository's
 * -- history from its first day is the point, and reading it again costs a whole backfill.
 * -- staging.star_history_weeks is kept too: it holds only the latest answer per
 * -- repository and week (about 52 rows a repository-year), and names the raw answers to keep.
 * WITH raw_repos AS (
 *     DELETE FROM raw.github_repos WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
 * ), raw_details AS (
 *     DELETE FROM raw.github_repo_details WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
 * ), raw_pulls AS (
 *     DELETE FROM raw.github_pulls WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
 * ), raw_star_history AS (
 *     -- an answer goes once it is old and none of its weeks is still the latest one staged: the
 *     -- answers a history stands on stay, so reprocess rebuilds it from the first day without GitHub
 *     DELETE FROM raw.github_star_history r WHERE r.snapshot_date < :referenceDate!::date - :rawDays!::int
 *       AND NOT EXISTS (SELECT 1 FROM staging.star_history_weeks s WHERE s.raw_id = r.id) RETURNING 1
 * ), raw_webhooks AS (
 *     DELETE FROM raw.webhook_deliveries
 *     WHERE received_at < now() - make_interval(days => :rawDays!::int) AND status IN ('processed', 'ignored') RETURNING 1
 * ), stg_repos AS (
 *     DELETE FROM staging.repos_validated WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
 * ), stg_languages AS (
 *     DELETE FROM staging.repo_languages WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
 * ), stg_render AS (
 *     DELETE FROM staging.render_services WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
 * ), stg_rejects AS (
 *     DELETE FROM staging.rejects WHERE COALESCE(snapshot_date, rejected_at::date) < :referenceDate!::date - :stagingDays!::int RETURNING 1
 * ), facts AS (
 *     -- whole months (migration 0019): a month goes once all of it is older than the cutoff
 *     SELECT warehouse.drop_month_partitions_before('warehouse.fact_repo_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n
 * ), language_facts AS (
 *     SELECT warehouse.drop_month_partitions_before('warehouse.fact_language_snapshots', :referenceDate!::date - :warehouseDays!::int) AS n
 * ), summaries AS (
 *     -- the precomputed lists of those days (migration 0020; their rows cascade)
 *     DELETE FROM warehouse.day_summaries WHERE snapshot_date < :referenceDate!::date - :warehouseDays!::int RETURNING 1
 * ), runs AS (
 *     DELETE FROM warehouse.fact_workflow_runs WHERE started_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
 * ), quality AS (
 *     DELETE FROM ops.data_quality_results WHERE checked_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
 * ), alerts AS (
 *     -- Alerts are bookkeeping like runs; their delivery log goes with them (ON DELETE CASCADE).
 *     DELETE FROM ops.alerts WHERE created_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
 * )
 * SELECT
 *     (SELECT count(*) FROM raw_repos) + (SELECT count(*) FROM raw_details) + (SELECT count(*) FROM raw_pulls)
 *         + (SELECT count(*) FROM raw_star_history) + (SELECT count(*) FROM raw_webhooks) AS "raw!",
 *     (SELECT count(*) FROM stg_repos) + (SELECT count(*) FROM stg_languages) + (SELECT count(*) FROM stg_render)
 *         + (SELECT count(*) FROM stg_rejects) AS "staging!",
 *     (SELECT n FROM facts) + (SELECT n FROM language_facts) + (SELECT count(*) FROM summaries) AS "warehouse!",
 *     (SELECT count(*) FROM runs) + (SELECT count(*) FROM quality) + (SELECT count(*) FROM alerts) AS "runs!"
 * ```
 */
export const applyRetentionSql = new PreparedQuery<IApplyRetentionSqlParams,IApplyRetentionSqlResult>(applyRetentionSqlIR);


