/* @name ReadProductionDeploymentsSql */
-- A repository's latest finished production deployments (analytics.production_deployments),
-- with the incidents charged to each and whether it was rework; newest first.
SELECT repository AS "repository!", source AS "source!", deployment_id AS "deployment_id!", environment, name,
       sha AS "sha!", status AS "status!",
       to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "started_at!",
       to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "finished_at!",
       url, incidents AS "incidents!", is_rework AS "is_rework!"
FROM analytics.production_deployments
WHERE lower(repository) = lower(:repository!)
ORDER BY finished_at DESC, deployment_id DESC
LIMIT :limit!;
