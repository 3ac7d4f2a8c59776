-- What a run's GitHub calls cost beyond requests and points: retries after
-- faults and limits, and answers that were 304 Not Modified (free of quota).
ALTER TABLE warehouse.fact_workflow_runs
    ADD COLUMN github_retries       INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN github_not_modified  INTEGER NOT NULL DEFAULT 0;
