import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import { runReprocess } from '../../src/pipeline/run-reprocess.ts';
import {
  type DeliverySettings,
  modelDelivery,
  NOTHING_MODELLED,
} from '../../src/warehouse/delivery/model-delivery.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { silentLogger } from '../support/replay-client.ts';

/*
 * The delivery model from raw to the DORA views on a small made-up history,
 * every expected figure computed by hand in the comments.
 *
 * acme/api (GitHub deployments; environment production unless said):
 *   D1 1001 sha s1  created 03-02 10:00, INACTIVE (replaced 03-04 10:15)  → success, finished 03-02 10:00 (its start)
 *   D2 1002 sha s2  03-03 09:00, FAILURE 03-03 09:20                       → failure
 *   D3 1003 sha s3  03-04 10:00, SUCCESS 03-04 10:15                       → success
 *      1004 sha s3  environment staging, SUCCESS 03-04 11:00              → not production
 *   D5 1005 sha s5  03-05 14:00, SUCCESS 03-05 14:30                       → success
 *   D6 1006 sha s6  03-10 09:00, no status yet                             → in_progress
 *   D7 1007 sha s7  03-10 10:00, ERROR 03-10 10:05                         → failure
 *   D8 1008 sha s8  03-11 08:00, SUCCESS 03-11 08:30                       → success (the fix)
 *   compares in raw: s1...s3 = [mA, cX, s3], s3...s5 = [mB, mC, mD, s5], s5...s8 = [mE, s8]
 *   incidents: #50 'incident' opened 03-01 12:00 closed 18:00 (before any deployment: charged to none)
 *              #51 'bug','Incident-P1' opened 03-05 16:00 closed 03-11 09:30 → D5, recovery 139 h
 *              #52 'question' → no incident; #53 'failure' opened 03-10 10:30 closed 11:30 → D5
 *              (D7 failed), recovery 117 h; #54 'incident' opened 03-06, loses the label on day 2
 * acme/web: one merged PR (03-12), no deployment at all.
 * globex/worker (workflow runs on main): R1 Deploy success 03-16 10:20, R4 Release timed_out
 *   03-17 10:30, R5 deploy cancelled, R6 in progress, R7 success 03-23 09:10; R2 on a feature
 *   branch and R3 'CI' are no deployments.
 * All in 2026; weeks start on Monday: 02-23, 03-02, 03-09, 03-16, 03-23.
 */

const settings: DeliverySettings = {
  production_environment: '(?i)prod',
  deployment_workflow: '(?i)(deploy|release)',
  incident_label: '(?i)(incident|failure)',
  bots: ['Renovate-Helper'],
};

const API = { id: 101, name: 'acme/api' };
const WEB = { id: 102, name: 'acme/web' };

const at = (text: string) => `2026-${text.replace(' ', 'T')}:00Z`;

function deployment(
  id: number,
  environment: string,
  sha: string,
  created: string,
  state?: string,
  status?: string,
) {
  return {
    databaseId: id,
    environment,
    createdAt: at(created),
    updatedAt: at(status ?? created),
    commitOid: sha,
    task: 'deploy',
    latestStatus: state ? { state, createdAt: at(status ?? created) } : null,
  };
}

const deploymentsPage = (repo: { id: number; name: string }, nodes: unknown[]) => ({
  databaseId: repo.id,
  nameWithOwner: repo.name,
  defaultBranchRef: { name: 'main' },
  deployments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes },
});

function issue(number: number, labels: string[], opened: string, closed: string | null) {
  return {
    number,
    title: `Issue ${number}`,
    createdAt: at(opened),
    closedAt: closed ? at(closed) : null,
    url: `https://github.com/acme/api/issues/${number}`,
    labels: { nodes: labels.map((name) => ({ name })) },
  };
}

const issuesPage = (nodes: unknown[]) => ({
  databaseId: API.id,
  nameWithOwner: API.name,
  issues: { pageInfo: { hasNextPage: false, endCursor: null }, nodes },
});

const compare = (shas: string[]) => ({
  status: 'ahead',
  ahead_by: shas.length,
  total_commits: shas.length,
  commits: shas.map((sha) => ({ sha, commit: { author: { date: at('03-01 00:00') } } })),
});

function workflowRun(
  id: number,
  name: string,
  branch: string,
  status: string,
  conclusion: string | null,
  started: string,
  updated: string,
) {
  return {
    id,
    name,
    head_branch: branch,
    head_sha: `r${id}`,
    status,
    conclusion,
    created_at: at(started),
    run_started_at: at(started),
    updated_at: at(updated),
    html_url: `https://github.com/globex/worker/actions/runs/${id}`,
    event: 'push',
  };
}

interface Receipt {
  repo: string;
  kind: 'deployments' | 'workflow_runs' | 'issues' | 'compare';
  key?: string;
  body: unknown;
}

const DAY_ONE: Receipt[] = [
  {
    repo: API.name,
    kind: 'deployments',
    body: deploymentsPage(API, [
      deployment(1008, 'production', 's8', '03-11 08:00', 'SUCCESS', '03-11 08:30'),
      deployment(1007, 'production', 's7', '03-10 10:00', 'ERROR', '03-10 10:05'),
      deployment(1006, 'production', 's6', '03-10 09:00'),
      deployment(1005, 'production', 's5', '03-05 14:00', 'SUCCESS', '03-05 14:30'),
    ]),
  },
  {
    repo: API.name,
    kind: 'deployments',
    body: deploymentsPage(API, [
      deployment(1004, 'staging', 's3', '03-04 10:50', 'SUCCESS', '03-04 11:00'),
      deployment(1003, 'Production', 's3', '03-04 10:00', 'SUCCESS', '03-04 10:15'),
      deployment(1002, 'production', 's2', '03-03 09:00', 'FAILURE', '03-03 09:20'),
      deployment(1001, 'production', 's1', '03-02 10:00', 'INACTIVE', '03-04 10:15'),
    ]),
  },
  { repo: WEB.name, kind: 'deployments', body: deploymentsPage(WEB, []) },
  {
    repo: API.name,
    kind: 'issues',
    body: issuesPage([
      issue(54, ['incident'], '03-06 00:00', null),
      issue(53, ['failure'], '03-10 10:30', '03-10 11:30'),
      issue(52, ['question'], '03-06 10:00', null),
      issue(51, ['bug', 'Incident-P1'], '03-05 16:00', '03-11 09:30'),
      issue(50, ['incident'], '03-01 12:00', '03-01 18:00'),
    ]),
  },
  { repo: API.name, kind: 'compare', key: 's1...s3', body: compare(['mA', 'cX', 's3']) },
  { repo: API.name, kind: 'compare', key: 's3...s5', body: compare(['mB', 'mC', 'mD', 's5']) },
  { repo: API.name, kind: 'compare', key: 's5...s8', body: compare(['mE', 's8']) },
  {
    // the REST page names the repository only by the request: matched by name, in any case
    repo: 'Globex/Worker',
    kind: 'workflow_runs',
    key: 'main',
    body: {
      total_count: 7,
      workflow_runs: [
        workflowRun(9007, 'Deploy production', 'main', 'completed', 'success', '03-23 09:00', '03-23 09:10'),
        workflowRun(9006, 'Deploy production', 'main', 'in_progress', null, '03-19 09:00', '03-19 09:05'),
        workflowRun(9005, 'deploy', 'main', 'completed', 'cancelled', '03-18 09:00', '03-18 09:02'),
        workflowRun(9004, 'Release', 'main', 'completed', 'timed_out', '03-17 10:00', '03-17 10:30'),
        workflowRun(9003, 'CI', 'main', 'completed', 'success', '03-16 09:00', '03-16 09:10'),
        workflowRun(
          9002,
          'Deploy production',
          'feature/x',
          'completed',
          'success',
          '03-16 09:30',
          '03-16 09:40',
        ),
        workflowRun(9001, 'Deploy production', 'main', 'completed', 'success', '03-16 10:00', '03-16 10:20'),
      ],
    },
  },
];

/** The next day: D5 was replaced (INACTIVE, dated 03-11 08:30), #54 lost its label. */
const DAY_TWO: Receipt[] = [
  {
    repo: API.name,
    kind: 'deployments',
    body: deploymentsPage(API, [
      deployment(1005, 'production', 's5', '03-05 14:00', 'INACTIVE', '03-11 08:30'),
    ]),
  },
  { repo: API.name, kind: 'issues', body: issuesPage([issue(54, [], '03-06 00:00', null)]) },
];

let db: Database;

async function land(runId: string, date: string, receipts: Receipt[]) {
  for (const r of receipts) {
    await db.pool.query(
      'INSERT INTO raw.github_delivery (repo_full_name, kind, request_key, api_response, run_id, snapshot_date) VALUES ($1, $2, $3, $4, $5, $6)',
      [r.repo, r.kind, r.key ?? null, JSON.stringify(r.body), runId, date],
    );
  }
}

const model = (runId: string, date: string, with_ = settings) =>
  db.transaction((client) => modelDelivery(client, { rawRunIds: [runId], date }, with_));

async function repoId(fullName: string): Promise<string> {
  return (await db.pool.query('SELECT id FROM warehouse.repositories WHERE full_name = $1', [fullName]))
    .rows[0].id;
}

interface Pull {
  repo: string;
  number: number;
  author: string;
  authorType: string | null;
  firstCommit: string | null;
  opened: string;
  merged: string | null;
  mergeCommit: string | null;
}

async function insertPull(p: Pull) {
  await db.pool.query(
    `INSERT INTO warehouse.pull_requests (repo_id, pr_number, title, author, author_type, state, first_commit_at, opened_at, merged_at, merge_commit_sha)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      await repoId(p.repo),
      p.number,
      `PR ${p.number}`,
      p.author,
      p.authorType,
      p.merged ? 'merged' : 'open',
      p.firstCommit ? at(p.firstCommit) : null,
      at(p.opened),
      p.merged ? at(p.merged) : null,
      p.mergeCommit,
    ],
  );
}

/** Every delivery row, updated_at included: equal snapshots mean nothing was written. */
async function deliveryTables() {
  const read = async (sql: string) => (await db.pool.query(sql)).rows;
  return {
    deployments: await read('SELECT * FROM warehouse.deployments ORDER BY source, deployment_id'),
    commits: await read(
      'SELECT source, deployment_id, commit_sha FROM warehouse.deployment_commits ORDER BY 1, 2, 3',
    ),
    incidents: await read('SELECT * FROM warehouse.incidents ORDER BY issue_number'),
    bots: await read('SELECT * FROM ops.delivery_bots ORDER BY login'),
  };
}

async function dora(scopeKind: string, scope: string, periodKind: string, start: string) {
  const { rows } = await db.pool.query(
    'SELECT * FROM analytics.dora_metrics WHERE scope_kind = $1 AND scope = $2 AND period_kind = $3 AND period_start = $4',
    [scopeKind, scope, periodKind, start],
  );
  expect(rows, `${scopeKind} ${scope} ${periodKind} ${start}`).toHaveLength(1);
  return rows[0];
}

beforeAll(async () => {
  db = await createFreshDatabase();
  // The repositories the PRs belong to, as the pulls source would have left them.
  await db.pool.query(
    `INSERT INTO warehouse.repositories (github_id, name, full_name, owner, description) VALUES
       (101, 'api', 'acme/api', 'acme', 'The API'), (102, 'web', 'acme/web', 'acme', NULL),
       (201, 'worker', 'globex/worker', 'globex', NULL)`,
  );
  const pulls: Pull[] = [
    // A: coding 4 h, pickup 3 h (alice's own review at 13:00 does not count), review 17 h;
    // merged before D2 (failed) and shipped two deployments later by D3 (03-04 10:15):
    // deploy 26.25 h, cycle 03-02 08:00 → 03-04 10:15 = 50.25 h
    {
      repo: API.name,
      number: 1,
      author: 'alice',
      authorType: 'User',
      firstCommit: '03-02 08:00',
      opened: '03-02 12:00',
      merged: '03-03 08:00',
      mergeCommit: 'mA',
    },
    // B: a bot (GitHub's type); shipped by D5, cycle 02-10 14:30 → 03-05 14:30 = 552 h
    {
      repo: API.name,
      number: 2,
      author: 'dependabot[bot]',
      authorType: 'Bot',
      firstCommit: '02-10 14:30',
      opened: '03-01 00:00',
      merged: '03-04 12:00',
      mergeCommit: 'mB',
    },
    // C: named in config delivery.bots (another case); shipped by D5, cycle 02-21 02:30 → 03-05 14:30 = 300 h
    {
      repo: API.name,
      number: 3,
      author: 'renovate-helper',
      authorType: 'User',
      firstCommit: '02-21 02:30',
      opened: '02-22 00:00',
      merged: '03-04 13:00',
      mergeCommit: 'mC',
    },
    // D: known from webhooks only (no first commit, no type): cycle from opening 03-04 20:00 → 03-05 14:30 = 18.5 h
    {
      repo: API.name,
      number: 4,
      author: 'carol',
      authorType: null,
      firstCommit: null,
      opened: '03-04 20:00',
      merged: '03-05 08:00',
      mergeCommit: 'mD',
    },
    // E: shipped by D8 (03-11 08:30): cycle 03-10 08:30 → 03-11 08:30 = 24.00 h exactly
    {
      repo: API.name,
      number: 5,
      author: 'dave',
      authorType: 'User',
      firstCommit: '03-10 08:30',
      opened: '03-10 09:00',
      merged: '03-10 12:00',
      mergeCommit: 'mE',
    },
    // F: still open, G: merged but in no deployment yet
    {
      repo: API.name,
      number: 6,
      author: 'erin',
      authorType: 'User',
      firstCommit: '03-12 08:00',
      opened: '03-12 09:00',
      merged: null,
      mergeCommit: null,
    },
    {
      repo: API.name,
      number: 7,
      author: 'erin',
      authorType: 'User',
      firstCommit: '03-12 08:00',
      opened: '03-12 09:00',
      merged: '03-12 10:00',
      mergeCommit: 'mG',
    },
    {
      repo: WEB.name,
      number: 1,
      author: 'frank',
      authorType: 'User',
      firstCommit: '03-12 08:00',
      opened: '03-12 09:00',
      merged: '03-12 10:00',
      mergeCommit: 'w1',
    },
  ];
  for (const pull of pulls) await insertPull(pull);
  await db.pool.query(
    `INSERT INTO warehouse.pull_request_reviews (repo_id, pr_number, review_id, reviewer, state, submitted_at)
     VALUES ($1, 1, 1, 'alice', 'commented', $2), ($1, 1, 2, 'bob', 'approved', $3)`,
    [await repoId(API.name), at('03-02 13:00'), at('03-02 15:00')],
  );
  await land('run-1', '2026-03-24', DAY_ONE);
});
afterAll(async () => {
  await db?.close();
});

describe('delivery converters, raw → warehouse', () => {
  it('maps deployments and workflow runs: status, production, finish', async () => {
    const counts = await model('run-1', '2026-03-24');
    // 8 GitHub deployments of acme/api; 5 workflow runs are deployments (not CI, not the feature branch)
    expect(counts).toMatchObject({
      deployments: 8,
      workflowRunDeployments: 5,
      reclassified: 0,
      incidents: 4,
    });
    const { rows } = await db.pool.query(
      'SELECT source, deployment_id::int AS id, environment, is_production, status, finished_at FROM warehouse.deployments ORDER BY source, deployment_id',
    );
    const shown = rows.map((r) => [r.id, r.is_production, r.status, r.finished_at?.toISOString() ?? null]);
    expect(shown).toEqual([
      // INACTIVE first seen: success, finished at its start (its status is dated when D3 replaced it)
      [1001, true, 'success', '2026-03-02T10:00:00.000Z'],
      [1002, true, 'failure', '2026-03-03T09:20:00.000Z'],
      [1003, true, 'success', '2026-03-04T10:15:00.000Z'], // 'Production' matches (?i)prod
      [1004, false, 'success', '2026-03-04T11:00:00.000Z'], // staging
      [1005, true, 'success', '2026-03-05T14:30:00.000Z'],
      [1006, true, 'in_progress', null], // no status yet
      [1007, true, 'failure', '2026-03-10T10:05:00.000Z'], // ERROR
      [1008, true, 'success', '2026-03-11T08:30:00.000Z'],
      [9001, true, 'success', '2026-03-16T10:20:00.000Z'],
      [9004, true, 'failure', '2026-03-17T10:30:00.000Z'], // timed_out
      [9005, true, 'cancelled', '2026-03-18T09:02:00.000Z'],
      [9006, true, 'in_progress', null],
      [9007, true, 'success', '2026-03-23T09:10:00.000Z'],
    ]);
    expect(rows.filter((r) => r.source === 'workflow_run').every((r) => r.environment === null)).toBe(true);
  });

  it('records the repositories the pages name, keeping what it does not know', async () => {
    const { rows } = await db.pool.query(
      'SELECT full_name, description FROM warehouse.repositories ORDER BY github_id',
    );
    // no new row (all three existed), and the API's description survives the delivery pages, which carry none
    expect(rows).toEqual([
      { full_name: 'acme/api', description: 'The API' },
      { full_name: 'acme/web', description: null },
      { full_name: 'globex/worker', description: null },
    ]);
  });

  it('ships, per successful production deployment, the compare from the previous one', async () => {
    const { rows } = await db.pool.query(
      `SELECT deployment_id::int AS id, array_agg(commit_sha ORDER BY commit_sha) AS shas
       FROM warehouse.deployment_commits GROUP BY 1 ORDER BY 1`,
    );
    expect(rows).toEqual([
      { id: 1001, shas: ['s1'] }, // the first: its own commit
      { id: 1003, shas: ['cX', 'mA', 's3'] }, // previous successful is D1 (D2 failed): s1...s3
      { id: 1005, shas: ['mB', 'mC', 'mD', 's5'] }, // s3...s5
      { id: 1008, shas: ['mE', 's8'] }, // s5...s8 (D6 unfinished, D7 failed)
      { id: 9001, shas: ['r9001'] }, // worker's first
      { id: 9007, shas: ['r9007'] }, // its compare r9001...r9007 is not in raw: its own commit until it is
    ]);
  });

  it('keeps labelled issues as incidents, with their labels; others are not incidents', async () => {
    const { rows } = await db.pool.query(
      'SELECT issue_number, labels FROM warehouse.incidents ORDER BY issue_number',
    );
    expect(rows).toEqual([
      { issue_number: 50, labels: ['incident'] },
      { issue_number: 51, labels: ['bug', 'Incident-P1'] },
      { issue_number: 53, labels: ['failure'] },
      { issue_number: 54, labels: ['incident'] },
    ]);
  });

  it('re-running the same day changes nothing', async () => {
    const before = await deliveryTables();
    const counts = await model('run-1', '2026-03-24');
    // acme/api and acme/web named by their pages (the worker's REST page names none)
    expect(counts).toEqual({ ...NOTHING_MODELLED, repositories: 2 });
    expect(await deliveryTables()).toEqual(before);
  });

  it('the next day: a replaced deployment keeps its finish, an unlabelled issue leaves', async () => {
    await land('run-2', '2026-03-25', DAY_TWO);
    const before = await deliveryTables();
    const counts = await model('run-2', '2026-03-25');
    expect(counts).toMatchObject({ deployments: 0, incidents: 0, incidentsRemoved: 1 });
    const after = await deliveryTables();
    expect(after.deployments).toEqual(before.deployments); // D5 still success at 03-05 14:30
    expect(after.incidents.map((i) => i.issue_number)).toEqual([50, 51, 53]);
  });

  it('the bots list follows the config', async () => {
    expect((await deliveryTables()).bots).toEqual([{ login: 'renovate-helper' }]);
  });
});

describe('analytics views', () => {
  it('pr_delivery_times: a PR shipped two deployments after its merge', async () => {
    const { rows } = await db.pool.query(
      "SELECT * FROM analytics.pr_delivery_times WHERE repository = 'acme/api' ORDER BY pr_number",
    );
    expect(rows.map((r) => r.pr_number)).toEqual([1, 2, 3, 4, 5, 7]); // merged ones only
    const a = rows[0];
    expect(a).toMatchObject({
      is_bot: false,
      deployment_source: 'deployment',
      deployment_id: 1003,
      coding_hours: 4,
      pickup_hours: 3,
      review_hours: 17,
      deploy_hours: 26.25,
      cycle_hours: 50.25,
    });
    expect(a.first_review_at.toISOString()).toBe('2026-03-02T15:00:00.000Z');
    expect(a.deployed_at.toISOString()).toBe('2026-03-04T10:15:00.000Z');
    const byNumber = Object.fromEntries(rows.map((r) => [r.pr_number, r]));
    expect([byNumber[2].is_bot, byNumber[3].is_bot, byNumber[4].is_bot]).toEqual([true, true, false]);
    expect([byNumber[2].cycle_hours, byNumber[3].cycle_hours]).toEqual([552, 300]);
    // webhook-only PR: no coding time, the cycle counted from its opening
    expect([byNumber[4].coding_hours, byNumber[4].cycle_hours, byNumber[4].deployment_id]).toEqual([
      null,
      18.5,
      1005,
    ]);
    expect([byNumber[5].deployment_id, byNumber[5].cycle_hours]).toEqual([1008, 24]);
    // not deployed yet: cycle to the merge (03-12 08:00 → 10:00), no deploy time
    expect([byNumber[7].deployed_at, byNumber[7].deploy_hours, byNumber[7].cycle_hours]).toEqual([
      null,
      null,
      2,
    ]);
  });

  it('delivery_incidents: charged to the latest successful production deployment before', async () => {
    const { rows } = await db.pool.query(
      'SELECT issue_number, deployment_id, recovery_hours FROM analytics.delivery_incidents ORDER BY issue_number',
    );
    expect(rows).toEqual([
      { issue_number: 50, deployment_id: null, recovery_hours: null }, // before any deployment
      { issue_number: 51, deployment_id: 1005, recovery_hours: 139 }, // 03-11 09:30 − 03-05 14:30
      { issue_number: 53, deployment_id: 1005, recovery_hours: 117 }, // D7 failed: still D5; 03-10 11:30 − 03-05 14:30
    ]);
  });

  it('dora_metrics: the week of the deployments', async () => {
    const week = await dora('repository', 'acme/api', 'week', '2026-03-02');
    expect(week).toMatchObject({
      note: null,
      deployments: 4, // D1, D2 (failed), D3, D5; not staging
      successful_deployments: 3,
      deployment_days: 3, // 03-02, 03-04, 03-05
      deployment_frequency_band: 'high',
      // A 50.25 h and D 18.5 h; the bots B (552 h) and C (300 h) are left out (with them: 175.13, medium)
      deployed_prs: 2,
      lead_time_hours: 34.38,
      lead_time_band: 'high',
      deployments_with_incidents: 1, // D5 (two incidents, one deployment)
      change_failure_rate: 0.333, // 1 / 3 successful
      change_failure_band: 'low',
      incidents_resolved: 0, // #50 closed, but charged to no deployment
      recovery_hours: null,
      recovery_band: 'no incidents resolved',
      rework_deployments: 0,
      rework_rate: 0,
    });
    expect(week.period_end).toBe('2026-03-09');
  });

  it('dora_metrics: a failed deployment, then the fix while the incident is open', async () => {
    const week = await dora('repository', 'acme/api', 'week', '2026-03-09');
    expect(week).toMatchObject({
      deployments: 2, // D7 failed, D8; D6 unfinished is not counted
      successful_deployments: 1,
      deployment_days: 1,
      deployment_frequency_band: 'high',
      deployed_prs: 1,
      lead_time_hours: 24, // E, exactly 24 h: high, not elite
      lead_time_band: 'high',
      deployments_with_incidents: 0,
      change_failure_rate: 0,
      change_failure_band: 'elite',
      incidents_resolved: 2, // #53 (117 h) and #51 (139 h) closed this week
      recovery_hours: 128,
      recovery_band: 'medium',
      rework_deployments: 1, // D8 finished while #51 (charged to D5) was open
      rework_rate: 1,
    });
  });

  it('dora_metrics: the month', async () => {
    const month = await dora('repository', 'acme/api', 'month', '2026-03-01');
    expect(month).toMatchObject({
      period_end: '2026-04-01',
      deployments: 6,
      successful_deployments: 4,
      deployment_days: 4, // 03-02, 03-04, 03-05, 03-11
      days_per_week: 0.9, // 4 × 7 / 31 = 0.903: under one a week, at least one a month
      deployment_frequency_band: 'medium',
      deployed_prs: 3,
      lead_time_hours: 24, // median of 18.5, 24, 50.25
      change_failure_rate: 0.25, // D5 / (D1, D3, D5, D8)
      change_failure_band: 'low',
      recovery_hours: 128,
      rework_rate: 0.25,
    });
  });

  it('dora_metrics: weeks without deployments say so, never 0 %', async () => {
    const { rows } = await db.pool.query(
      "SELECT scope, period_start, note, deployments, change_failure_rate, change_failure_band, lead_time_hours, lead_time_band, deployment_frequency_band, recovery_band, rework_rate FROM analytics.dora_metrics WHERE scope_kind = 'repository' AND period_kind = 'week' AND note IS NOT NULL ORDER BY scope, period_start",
    );
    const quiet = {
      note: 'no deployments',
      deployments: 0,
      change_failure_rate: null,
      change_failure_band: 'no deployments',
      lead_time_hours: null,
      lead_time_band: 'no deployments',
      deployment_frequency_band: 'no deployments',
      recovery_band: 'no deployments',
      rework_rate: null,
    };
    expect(rows).toEqual([
      // from the week of its first activity (#50, 03-01, a Sunday) to the last week anywhere (worker's R7)
      { scope: 'acme/api', period_start: '2026-02-23', ...quiet },
      { scope: 'acme/api', period_start: '2026-03-16', ...quiet },
      { scope: 'acme/api', period_start: '2026-03-23', ...quiet },
      // the repository with no deployment at all: every week from its first merged PR
      { scope: 'acme/web', period_start: '2026-03-09', ...quiet },
      { scope: 'acme/web', period_start: '2026-03-16', ...quiet },
      { scope: 'acme/web', period_start: '2026-03-23', ...quiet },
      // globex/worker: none, its weeks run from its first deployment (03-16) and each has one
    ]);
  });

  it('dora_metrics: workflow runs, and the org and all scopes', async () => {
    expect(await dora('repository', 'globex/worker', 'week', '2026-03-16')).toMatchObject({
      deployments: 2, // R1, R4 (timed out); R5 cancelled and R6 running are not counted
      successful_deployments: 1,
      change_failure_band: 'elite',
    });
    expect(await dora('org', 'acme', 'week', '2026-03-02')).toMatchObject({
      deployments: 4,
      deployed_prs: 2,
    });
    expect(await dora('org', 'globex', 'week', '2026-03-23')).toMatchObject({ deployments: 1 });
    // March, everything: 6 + 3 deployments, 4 + 2 successful on 4 + 2 days: 6 × 7 / 31 = 1.35 a week
    expect(await dora('all', 'all', 'month', '2026-03-01')).toMatchObject({
      deployments: 9,
      successful_deployments: 6,
      deployment_days: 6,
      days_per_week: 1.35,
      deployment_frequency_band: 'high',
    });
  });
});

describe('reprocess', () => {
  it('rebuilds delivery from raw, as the days ran', async () => {
    const before = await deliveryTables();
    await db.pool.query('TRUNCATE warehouse.deployments, warehouse.incidents CASCADE');
    const config = configSchema.parse({ delivery: { bots: settings.bots } });
    const result = await runReprocess({ db, config, logger: silentLogger });
    expect(result.dates).toEqual(['2026-03-24', '2026-03-25']);
    const after = await deliveryTables();
    const key = (rows: Record<string, unknown>[]) => rows.map(({ updated_at: _, ...rest }) => rest);
    expect(key(after.deployments)).toEqual(key(before.deployments));
    expect(after.commits).toEqual(before.commits);
    expect(key(after.incidents)).toEqual(key(before.incidents));
  });
});
