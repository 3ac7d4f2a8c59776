SELECT status, count(*)::int AS n FROM warehouse.fact_workflow_runs GROUP BY status;
