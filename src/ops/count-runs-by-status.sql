/* @name CountRunsByStatusSql */
-- Runs per status, for /metrics. The column allows NULL but record-workflow-run.sql
-- always sets it.
SELECT status AS "status!", count(*)::int AS "n!" FROM warehouse.fact_workflow_runs GROUP BY status;
