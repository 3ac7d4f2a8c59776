/* @name ListIngestedDatesSql */
-- Days that already have a committed ingest (a backfill skips them).
-- An ingest run always records its date (src/pipeline/recorded-run.ts).
SELECT DISTINCT run_date::text AS "run_date!"
FROM warehouse.fact_workflow_runs
WHERE status = 'succeeded' AND run_type = 'ingest';
