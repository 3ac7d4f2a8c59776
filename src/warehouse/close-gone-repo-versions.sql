/* @name CloseGoneRepoVersionsSql */
-- SCD type 2: end the current version of every repository GitHub no longer
-- resolves (README "Sources"). It leaves the tracked set, so it has no snapshot
-- from this day on and later runs do not ask for it; its history stays. One
-- this run validated anyway (a list returned it today) keeps its version.
-- :nodeIds the node ids GitHub answered NOT_FOUND, :runId the run, :asOf its as-of time, :snapshotDate its date
-- A join with the unnested ids, not `node_id = ANY(…)`: with no index on
-- node_id that compared every current version with every id (16 s for 1,778
-- gone among 100k tracked, bench:pipeline day 31).
UPDATE warehouse.dim_repositories d
SET valid_to = GREATEST(:asOf!::timestamptz, d.valid_from), is_current = false
FROM unnest(:nodeIds!::text[]) AS g(node_id)
WHERE d.is_current
  AND d.node_id = g.node_id
  AND NOT EXISTS (
    SELECT 1 FROM staging.repos_validated s
    WHERE s.github_id = d.github_id AND s.run_id = :runId! AND s.snapshot_date = :snapshotDate!::date);
