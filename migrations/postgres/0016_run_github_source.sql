-- Who answered a run's GitHub calls: GitHub itself, or the offline replay
-- (which says so in a header), so the dashboard can mark demo data as such.
-- NULL: the run made no GitHub call (reprocess).
ALTER TABLE warehouse.fact_workflow_runs
    ADD COLUMN github_source TEXT CHECK (github_source IN ('github', 'replay'));
