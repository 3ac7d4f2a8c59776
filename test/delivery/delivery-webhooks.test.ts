import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { processPendingDeliveries } from '../../src/pipeline/process-pending-deliveries.ts';
import { storeWebhookDeliveries } from '../../src/raw/webhook-deliveries.ts';
import { type DeliverySettings, modelDelivery } from '../../src/warehouse/delivery/model-delivery.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/*
 * Delivery webhooks (deployment_status, workflow_run, issues), as GitHub sends
 * them (@octokit/webhooks-examples), modelled into warehouse.deployments and
 * warehouse.incidents; and a webhook and the collector agreeing on one
 * deployment, since both land the collector's shapes in raw and one set of
 * statements models them.
 */
// biome-ignore lint/suspicious/noExplicitAny: GitHub's example payloads, read and edited loosely in a test
type Payload = Record<string, any>;
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string;
  examples: Payload[];
}[];
const example = (event: string, pick: (payload: Payload) => boolean) => {
  const found = examples.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example`);
  return structuredClone(found);
};

const settings: DeliverySettings = {
  production_environment: '(?i)prod',
  deployment_workflow: '(?i)(deploy|release)',
  incident_label: '(?i)(incident|bug)',
  bots: [],
};

let db: Database;
let sequence = 0;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function deliver(event: string, payload: Record<string, unknown>) {
  sequence++;
  const body = JSON.stringify(payload);
  await storeWebhookDeliveries(db.pool, [
    {
      deliveryId: `delivery-test-${sequence}`,
      event,
      action: (payload.action as string) ?? null,
      headers: {},
      rawBody: body,
      status: 'received',
    },
  ]);
  return processPendingDeliveries(db, { delivery: settings });
}

const deployments = async () =>
  (
    await db.pool.query(
      `SELECT r.full_name, d.source, d.deployment_id::text AS id, d.environment, d.is_production, d.sha, d.status,
              d.started_at, d.finished_at
       FROM warehouse.deployments d JOIN warehouse.repositories r ON r.id = d.repo_id
       ORDER BY r.full_name, d.source, d.deployment_id`,
    )
  ).rows;

describe('delivery webhooks', () => {
  it('a deployment_status of success is a finished, successful production deployment', async () => {
    const payload = example('deployment_status', (p) => p.deployment_status.state === 'success');
    const counts = await deliver('deployment_status', payload);
    expect(counts).toMatchObject({ processed: 1, failed: 0 });
    expect(await deployments()).toEqual([
      {
        full_name: payload.repository.full_name,
        source: 'deployment',
        id: String(payload.deployment.id),
        environment: 'production',
        is_production: true,
        sha: payload.deployment.sha,
        status: 'success',
        started_at: new Date(payload.deployment.created_at),
        finished_at: new Date(payload.deployment_status.created_at),
      },
    ]);
  });

  it('a later in_progress status of another deployment is not finished; the same id again updates, not adds', async () => {
    const payload = example('deployment_status', (p) => p.deployment_status.state === 'in_progress');
    payload.deployment.id = 777_001;
    await deliver('deployment_status', payload);
    const running = (await deployments()).find((d) => d.id === '777001');
    expect(running).toMatchObject({ status: 'in_progress', finished_at: null });
    payload.deployment_status.state = 'failure';
    payload.deployment_status.created_at = '2019-05-15T16:00:00Z';
    await deliver('deployment_status', payload);
    const rows = (await deployments()).filter((d) => d.id === '777001');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'failure', finished_at: new Date('2019-05-15T16:00:00Z') });
  });

  it('a workflow run named as a deployment on the default branch is one; another name or branch is not', async () => {
    const run = example('workflow_run', (p) => p.workflow_run.conclusion === 'success');
    run.workflow_run.name = 'Deploy to production';
    run.workflow_run.id = 555_001;
    await deliver('workflow_run', run);
    const ci = structuredClone(run);
    ci.workflow_run.name = 'CI';
    ci.workflow_run.id = 555_002;
    await deliver('workflow_run', ci);
    const branch = structuredClone(run);
    branch.workflow_run.head_branch = 'feature/x';
    branch.workflow_run.id = 555_003;
    await deliver('workflow_run', branch);
    const runs = (await deployments()).filter((d) => d.source === 'workflow_run');
    expect(runs.map((d) => d.id)).toEqual(['555001']);
    expect(runs[0]).toMatchObject({ status: 'success', sha: run.workflow_run.head_sha, is_production: true });
  });

  it('an issue with a label matching delivery.incident_label is an incident; one without is not', async () => {
    const opened = example('issues', (p) => p.action === 'opened' && p.issue.labels.length > 0);
    opened.issue.number = 9001;
    await deliver('issues', opened);
    const question = structuredClone(opened);
    question.issue.number = 9002;
    question.issue.labels = [{ ...opened.issue.labels[0], name: 'question' }];
    await deliver('issues', question);
    const { rows } = await db.pool.query(
      'SELECT issue_number, labels, closed_at FROM warehouse.incidents ORDER BY issue_number',
    );
    expect(rows).toEqual([{ issue_number: 9001, labels: ['bug'], closed_at: null }]);
    const closed = structuredClone(opened);
    closed.action = 'closed';
    closed.issue.closed_at = '2019-05-16T10:00:00Z';
    await deliver('issues', closed);
    const after = await db.pool.query('SELECT closed_at FROM warehouse.incidents WHERE issue_number = 9001');
    expect(after.rows[0].closed_at).toEqual(new Date('2019-05-16T10:00:00Z'));
  });

  it('the collector and a webhook about the same deployment agree: one row, the same values', async () => {
    const payload = example('deployment_status', (p) => p.deployment_status.state === 'success');
    payload.deployment.id = 888_001;
    // the collector's page first (the shape of list-deployments.graphql), as a run lands it
    await db.pool.query(
      `INSERT INTO raw.github_delivery (repo_full_name, kind, api_response, run_id, snapshot_date)
       VALUES ($1, 'deployments', $2, 'run-collector', '2019-05-15')`,
      [
        payload.repository.full_name,
        JSON.stringify({
          databaseId: payload.repository.id,
          nameWithOwner: payload.repository.full_name,
          defaultBranchRef: { name: payload.repository.default_branch },
          deployments: {
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              {
                databaseId: 888_001,
                environment: payload.deployment.environment,
                createdAt: payload.deployment.created_at,
                updatedAt: payload.deployment_status.created_at,
                commitOid: payload.deployment.sha,
                task: payload.deployment.task,
                latestStatus: { state: 'SUCCESS', createdAt: payload.deployment_status.created_at },
              },
            ],
          },
        }),
      ],
    );
    await db.transaction((client) =>
      modelDelivery(client, { rawRunIds: ['run-collector'], date: '2019-05-15' }, settings),
    );
    const collected = (await deployments()).filter((d) => d.id === '888001');
    await deliver('deployment_status', payload);
    const both = (await deployments()).filter((d) => d.id === '888001');
    expect(collected).toHaveLength(1);
    expect(both).toEqual(collected);
  });
});
