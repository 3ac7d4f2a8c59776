/* @name ModelDeploymentCommitsSql */
-- The commits each successful production deployment shipped, into
-- warehouse.deployment_commits (DevLake's deployment_commits_generator and
-- prev_deployment_commit_enricher): those of GitHub's compare from the previous
-- successful production deployment of the repository (by start, GitHub's
-- createdAt, as the collector chains them when it asks for compares; then finish)
-- to it, found in raw (kind 'compare', request_key '<previous sha>...<its sha>',
-- any day raw still holds up to :snapshotDate; every page of it), plus its own
-- commit. The first one has no previous: its own commit only (DevLake skips
-- it). A compare is immutable, so a deployment's set is replaced only where
-- its compare (or its being first) is known now; where the compare is not in
-- raw (not read yet, or aged out), the stored set stays, and holds at least
-- its own commit. Rows of deployments that are no longer successful
-- production ones go. A re-run changes nothing.
-- :snapshotDate the run's date
WITH shipped AS (
    SELECT d.repo_id, d.source, d.deployment_id, d.sha, r.full_name,
           lag(d.sha) OVER (PARTITION BY d.repo_id
                            ORDER BY d.started_at, d.finished_at, d.source, d.deployment_id) AS previous_sha
    FROM warehouse.deployments d
    JOIN warehouse.repositories r ON r.id = d.repo_id
    WHERE d.is_production AND d.status = 'success' AND d.finished_at IS NOT NULL
), compared AS (
    SELECT s.repo_id, s.source, s.deployment_id, c.commit->>'sha' AS commit_sha
    FROM shipped s
    JOIN raw.github_delivery g
      ON g.kind = 'compare' AND lower(g.repo_full_name) = lower(s.full_name)
     AND g.request_key = s.previous_sha || '...' || s.sha AND g.snapshot_date <= :snapshotDate!::date
    CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(g.api_response->'commits') = 'array'
             THEN g.api_response->'commits' ELSE '[]'::jsonb END) AS c (commit)
    WHERE c.commit->>'sha' IS NOT NULL
), wanted AS (
    SELECT repo_id, source, deployment_id, sha AS commit_sha FROM shipped
    UNION
    SELECT repo_id, source, deployment_id, commit_sha FROM compared
), settled AS (
    -- the deployments whose whole set is known now
    SELECT s.repo_id, s.source, s.deployment_id FROM shipped s
    WHERE s.previous_sha IS NULL
       OR EXISTS (SELECT 1 FROM raw.github_delivery g
                  WHERE g.kind = 'compare' AND lower(g.repo_full_name) = lower(s.full_name)
                    AND g.request_key = s.previous_sha || '...' || s.sha AND g.snapshot_date <= :snapshotDate!::date)
), removed AS (
    DELETE FROM warehouse.deployment_commits dc
    WHERE NOT EXISTS (SELECT 1 FROM shipped s
                      WHERE s.repo_id = dc.repo_id AND s.source = dc.source AND s.deployment_id = dc.deployment_id)
       OR (EXISTS (SELECT 1 FROM settled s
                   WHERE s.repo_id = dc.repo_id AND s.source = dc.source AND s.deployment_id = dc.deployment_id)
           AND NOT EXISTS (SELECT 1 FROM wanted w
                           WHERE w.repo_id = dc.repo_id AND w.source = dc.source
                             AND w.deployment_id = dc.deployment_id AND w.commit_sha = dc.commit_sha))
    RETURNING 1
), added AS (
    INSERT INTO warehouse.deployment_commits (repo_id, source, deployment_id, commit_sha)
    SELECT repo_id, source, deployment_id, commit_sha FROM wanted
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT (SELECT count(*) FROM added)::int AS "added!", (SELECT count(*) FROM removed)::int AS "removed!";
