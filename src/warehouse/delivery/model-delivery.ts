import type { Config } from '../../config/config-schema.ts';
import type { WarehouseClient } from '../../db/database.ts';
import { recordRepository } from '../pull-requests/record-pull-request.ts';
import { classifyProductionDeploymentsSql } from './classify-production-deployments.queries.ts';
import { modelDeploymentCommitsSql } from './model-deployment-commits.queries.ts';
import { modelDeploymentsSql } from './model-deployments.queries.ts';
import { modelIncidentsSql } from './model-incidents.queries.ts';
import { modelWorkflowRunDeploymentsSql } from './model-workflow-run-deployments.queries.ts';
import { readDeliveryRepositoriesSql } from './read-delivery-repositories.queries.ts';
import { refreshDeliveryBotsSql } from './refresh-delivery-bots.queries.ts';

export type DeliverySettings = Pick<
  Config['delivery'],
  'production_environment' | 'deployment_workflow' | 'incident_label' | 'bots'
>;

export interface DeliveryCounts {
  repositories: number;
  deployments: number;
  workflowRunDeployments: number;
  reclassified: number;
  incidents: number;
  incidentsRemoved: number;
  deploymentCommits: number;
  deploymentCommitsRemoved: number;
}

/** The counts of a run that modelled nothing. */
export const NOTHING_MODELLED: DeliveryCounts = {
  repositories: 0,
  deployments: 0,
  workflowRunDeployments: 0,
  reclassified: 0,
  incidents: 0,
  incidentsRemoved: 0,
  deploymentCommits: 0,
  deploymentCommitsRemoved: 0,
};

/**
 * raw.github_delivery → warehouse for one run (DevLake's converters): the
 * deployments, the workflow runs that are deployments, the incidents and the
 * commits each successful production deployment shipped, each one set-based
 * statement over the run's receipts. The bots list the views read
 * (ops.delivery_bots) follows the config at every run, delivery rows or not.
 * The rest runs only when the run landed delivery receipts. Counts are rows
 * written: re-running a day writes none.
 */
export async function modelDelivery(
  client: WarehouseClient,
  run: { rawRunIds: string[]; date: string },
  settings: DeliverySettings,
): Promise<DeliveryCounts> {
  await refreshDeliveryBotsSql.run({ logins: settings.bots }, client);
  const received = { rawRunIds: run.rawRunIds, snapshotDate: run.date };
  const repositories = await readDeliveryRepositoriesSql.run(received, client);
  if (repositories.length === 0) return NOTHING_MODELLED;

  // Repositories the GraphQL pages name (id and name) are recorded first, through the
  // PR flow's one door (lock, a renamed repository's old name freed); a handful per run.
  // The REST receipts (workflow runs, compares) carry no id: they are matched by name.
  let recorded = 0;
  for (const repo of repositories) {
    if (repo.github_id === null) continue;
    const fullName = repo.name_with_owner ?? repo.repo_full_name;
    const [owner = '', name = ''] = fullName.split('/');
    await recordRepository(client, {
      githubId: Number(repo.github_id),
      name,
      fullName,
      owner,
      ownerAvatarUrl: null,
      isPrivate: repo.is_private,
    });
    recorded++;
  }

  const patterns = {
    productionEnvironment: settings.production_environment,
    deploymentWorkflow: settings.deployment_workflow,
  };
  const written = async (statement: Promise<{ rowCount: number | null }>) => (await statement).rowCount ?? 0;
  const deployments = await written(
    modelDeploymentsSql.runWithCounts(
      { ...received, productionEnvironment: settings.production_environment },
      client,
    ),
  );
  const workflowRunDeployments = await written(
    modelWorkflowRunDeploymentsSql.runWithCounts(
      { ...received, deploymentWorkflow: settings.deployment_workflow },
      client,
    ),
  );
  const reclassified = await written(classifyProductionDeploymentsSql.runWithCounts(patterns, client));
  const [incidents] = await modelIncidentsSql.run(
    { ...received, incidentLabel: settings.incident_label },
    client,
  );
  const [commits] = await modelDeploymentCommitsSql.run({ snapshotDate: run.date }, client);
  return {
    repositories: recorded,
    deployments,
    workflowRunDeployments,
    reclassified,
    incidents: incidents?.upserted ?? 0,
    incidentsRemoved: incidents?.removed ?? 0,
    deploymentCommits: commits?.added ?? 0,
    deploymentCommitsRemoved: commits?.removed ?? 0,
  };
}
