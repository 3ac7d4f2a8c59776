/* @name ApplyRunsRetentionSql */
-- Bookkeeping's share of retention (README "Retention"), in real time:
-- gitpulse's runs, their quality checks and alerts older than :workflowRunsDays
-- before now(). An alert's delivery log goes with it (ON DELETE CASCADE).
WITH runs AS (
    DELETE FROM warehouse.fact_workflow_runs WHERE started_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
), quality AS (
    DELETE FROM ops.data_quality_results WHERE checked_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
), alerts AS (
    DELETE FROM ops.alerts WHERE created_at < now() - make_interval(days => :workflowRunsDays!::int) RETURNING 1
)
SELECT (SELECT count(*) FROM runs) + (SELECT count(*) FROM quality) + (SELECT count(*) FROM alerts) AS "deleted!";
