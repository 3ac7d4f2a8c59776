/* @name ModelDeploymentsSql */
-- GitHub deployments a run read into warehouse.deployments (source
-- 'deployment', keyed by GitHub's databaseId): raw.github_delivery rows of kind
-- 'deployments' are pages of Repository.deployments, each node with its
-- latestStatus. A deployment in several pages or receipts counts once, as the
-- latest receipt says. Unchanged rows are not written (a re-run changes nothing).
-- :rawRunIds, :snapshotDate the run's raw rows; :productionEnvironment the
-- pattern (a PostgreSQL ARE, `(?i)` ignores case) an environment matches to be production.
--
-- Status, from latestStatus.state (GitHub's DeploymentStatusState). Reference:
-- DevLake's github_graphql deployment_convertor, which reads Deployment.state:
--   SUCCESS, INACTIVE           -> success  (INACTIVE is GitHub's mark on a successful
--                                            deployment a newer one replaced; DevLake
--                                            counts it aborted, which would drop every
--                                            replaced deployment from the metrics)
--   FAILURE, ERROR              -> failure
--   PENDING, QUEUED, IN_PROGRESS, WAITING, no status yet -> in_progress
-- started_at: the deployment's createdAt. finished_at: latestStatus.createdAt when
-- the state is final (DevLake takes the deployment's updatedAt), except INACTIVE:
-- that status is dated when the deployment was replaced, possibly days after it
-- succeeded, so an INACTIVE one keeps the finish stored when it was seen
-- succeeding, else takes its start (the closest known instant: a deployment takes
-- minutes; its replacement may come days later).
WITH nodes AS (
    SELECT DISTINCT ON (r.id, (n->>'databaseId')::bigint)
           r.id AS repo_id, (n->>'databaseId')::bigint AS deployment_id, n AS node,
           n->'latestStatus'->>'state' AS state
    FROM raw.delivery_items('deployments', '{deployments,nodes}', :rawRunIds!::text[], :snapshotDate!::date) g (
        receipt_id, repo_full_name, repo_github_id, request_key, n)
    JOIN warehouse.repositories r ON r.github_id = g.repo_github_id
    WHERE n->>'databaseId' IS NOT NULL AND n->>'commitOid' IS NOT NULL AND n->>'createdAt' IS NOT NULL
    ORDER BY r.id, (n->>'databaseId')::bigint, g.receipt_id DESC
), mapped AS (
    SELECT n.repo_id, n.deployment_id, n.node->>'environment' AS environment,
           COALESCE(n.node->>'environment' ~ :productionEnvironment!::text, false) AS is_production,
           n.node->>'commitOid' AS sha,
           CASE WHEN n.state IN ('SUCCESS', 'INACTIVE') THEN 'success'
                WHEN n.state IN ('FAILURE', 'ERROR') THEN 'failure'
                ELSE 'in_progress' END AS status,
           (n.node->>'createdAt')::timestamptz AS started_at,
           CASE WHEN n.state = 'INACTIVE'
                THEN COALESCE(CASE WHEN d.status = 'success' THEN d.finished_at END,
                              (n.node->>'createdAt')::timestamptz)
                WHEN n.state IN ('SUCCESS', 'FAILURE', 'ERROR')
                THEN (n.node->'latestStatus'->>'createdAt')::timestamptz END AS finished_at,
           n.node->>'task' AS name
    FROM nodes n
    LEFT JOIN warehouse.deployments d
      ON d.repo_id = n.repo_id AND d.source = 'deployment' AND d.deployment_id = n.deployment_id
)
INSERT INTO warehouse.deployments AS d (
    repo_id, source, deployment_id, environment, is_production, sha, status, started_at, finished_at, name)
SELECT repo_id, 'deployment', deployment_id, environment, is_production, sha, status, started_at, finished_at, name
FROM mapped
ON CONFLICT (repo_id, source, deployment_id) DO UPDATE SET
    environment = EXCLUDED.environment, is_production = EXCLUDED.is_production, sha = EXCLUDED.sha,
    status = EXCLUDED.status, started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at,
    name = EXCLUDED.name, updated_at = now()
WHERE (d.environment, d.is_production, d.sha, d.status, d.started_at, d.finished_at, d.name)
    IS DISTINCT FROM (EXCLUDED.environment, EXCLUDED.is_production, EXCLUDED.sha, EXCLUDED.status,
                      EXCLUDED.started_at, EXCLUDED.finished_at, EXCLUDED.name);
