/* @name ClassifyProductionDeploymentsSql */
-- Every stored deployment's is_production, from the config's patterns as they
-- are now: a changed delivery.production_environment or deployment_workflow
-- re-sorts the deployments raw no longer holds too, and back again (a workflow
-- run that stops matching is kept as a non-production row, not deleted).
-- :productionEnvironment, :deploymentWorkflow the patterns (ARE)
UPDATE warehouse.deployments d
SET is_production = x.is_production, updated_at = now()
FROM (
    SELECT repo_id, source, deployment_id,
           CASE WHEN source = 'deployment' THEN COALESCE(environment ~ :productionEnvironment!::text, false)
                ELSE COALESCE(name ~ :deploymentWorkflow!::text, false) END AS is_production
    FROM warehouse.deployments
) x
WHERE x.repo_id = d.repo_id AND x.source = d.source AND x.deployment_id = d.deployment_id
  AND x.is_production IS DISTINCT FROM d.is_production;
