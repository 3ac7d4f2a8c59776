import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { processPendingDeliveries } from '../../src/pipeline/process-pending-deliveries.ts';
import { storeWebhookDeliveries } from '../../src/raw/webhook-deliveries.ts';
import { webhookRepository } from '../support/deliver-webhook.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/*
 * Deliveries are processed a batch at a time (README "Pull request flow"): a
 * PR's events in one batch must leave it as applying them one by one in the
 * order they happened does, whatever order GitHub delivered them in.
 */
let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => {
  await db?.close();
});

type Delivery = { event: string; payload: Record<string, unknown> };
let sequence = 0;

async function store(deliveries: Delivery[]): Promise<string[]> {
  const ids = deliveries.map(() => `batch-order-${++sequence}`);
  await storeWebhookDeliveries(
    db.pool,
    deliveries.map(({ event, payload }, i) => ({
      deliveryId: ids[i] as string,
      event,
      action: (payload.action as string) ?? null,
      headers: {},
      rawBody: JSON.stringify(payload),
      status: 'received' as const,
    })),
  );
  return ids;
}

const at = (minute: number) => `2026-03-02T10:${String(minute).padStart(2, '0')}:00Z`;

/** One PR's life: opened, built, pushed to, built again, approved, merged. */
function life(repoId: number): Delivery[] {
  const repository = webhookRepository(repoId, `acme/repo-${repoId}`);
  const pull = (sha: string, minute: number, fields: Record<string, unknown> = {}) => ({
    number: 7,
    title: 'Rework the parser',
    state: 'open',
    created_at: at(0),
    updated_at: at(minute),
    closed_at: null,
    merged_at: null,
    merge_commit_sha: 'test-merge',
    user: { login: 'ada', avatar_url: 'https://avatars.example/ada', type: 'User' },
    head: { sha, ref: 'rework-parser' },
    additions: sha === 'sha-a' ? 120 : 400,
    deletions: 30,
    changed_files: 4,
    ...fields,
  });
  const check = (sha: string, minute: number, conclusion: string) => ({
    head_sha: sha,
    status: 'completed',
    conclusion,
    updated_at: at(minute),
    completed_at: at(minute),
    started_at: at(minute - 1),
    pull_requests: [{ number: 7 }],
  });
  return [
    { event: 'pull_request', payload: { action: 'opened', repository, pull_request: pull('sha-a', 1) } },
    {
      event: 'check_suite',
      payload: { action: 'completed', repository, check_suite: check('sha-a', 2, 'success') },
    },
    {
      event: 'pull_request',
      payload: { action: 'synchronize', repository, pull_request: pull('sha-b', 3) },
    },
    {
      event: 'status',
      payload: { repository, sha: 'sha-b', state: 'pending', updated_at: at(4) },
    },
    {
      event: 'pull_request_review',
      payload: {
        action: 'submitted',
        repository,
        pull_request: { ...pull('sha-b', 5), additions: undefined, deletions: undefined },
        review: { id: 70, state: 'approved', user: { login: 'grace' }, submitted_at: at(5) },
      },
    },
    {
      event: 'check_run',
      payload: { action: 'completed', repository, check_run: check('sha-b', 6, 'failure') },
    },
    {
      event: 'pull_request',
      payload: {
        action: 'closed',
        repository,
        pull_request: pull('sha-b', 7, {
          state: 'closed',
          closed_at: at(7),
          merged_at: at(7),
          merge_commit_sha: 'sha-m',
        }),
      },
    },
  ];
}

/** What the model holds about repository `repoId`'s PR, without ids and clocks. */
async function model(repoId: number) {
  const where = 'FROM warehouse.repositories r WHERE r.github_id = $1';
  const one = async (sql: string) => (await db.pool.query(sql.replace('FROM_REPO', where), [repoId])).rows;
  return {
    pull: await one(
      `SELECT p.title, p.author, p.commit_sha, p.state, p.additions, p.deletions, p.opened_at, p.merged_at,
              p.closed_at, p.merge_commit_sha, p.author_type
       FROM warehouse.pull_requests p JOIN warehouse.repositories r ON r.id = p.repo_id WHERE r.github_id = $1`,
    ),
    stages: await one(
      `SELECT s.commit_sha, s.status_pr, s.status_build, s.status_approval, s.status_merge
       FROM warehouse.pipeline_runs s JOIN warehouse.repositories r ON r.id = s.repo_id WHERE r.github_id = $1`,
    ),
    reviews: await one(
      `SELECT v.review_id::int, v.reviewer, v.state
       FROM warehouse.pull_request_reviews v JOIN warehouse.repositories r ON r.id = v.repo_id WHERE r.github_id = $1`,
    ),
    insights: await one(
      `SELECT i.commit_sha, i.risk_level, i.factors
       FROM warehouse.insights i JOIN warehouse.repositories r ON r.id = i.repo_id WHERE r.github_id = $1
       ORDER BY i.commit_sha`,
    ),
  };
}

describe('a batch of deliveries', () => {
  it('leaves a PR as its events applied one by one do, in one batch and out of order', async () => {
    await store(life(1));
    const oneByOne = await processPendingDeliveries(db, { batchSize: 1 });
    expect(oneByOne).toEqual({ processed: 7, ignored: 0, failed: 0 });
    const expected = await model(1);
    expect(expected.pull).toMatchObject([
      { commit_sha: 'sha-b', state: 'merged', additions: 400, merge_commit_sha: 'sha-m' },
    ]);
    expect(expected.stages).toEqual([
      {
        commit_sha: 'sha-b',
        status_pr: 'merged',
        status_build: 'failed',
        status_approval: 'passed',
        status_merge: 'merged',
      },
    ]);
    expect(expected.reviews).toEqual([{ review_id: 70, reviewer: 'grace', state: 'approved' }]);
    expect(expected.insights.map((i) => i.commit_sha)).toEqual(['sha-a', 'sha-b']);

    // the same life in one batch, as delivered
    await store(life(2));
    expect(await processPendingDeliveries(db)).toEqual({ processed: 7, ignored: 0, failed: 0 });
    expect(await model(2)).toEqual(expected);

    // and delivered out of order: the merge first, the opening last
    await store(life(3).reverse());
    expect(await processPendingDeliveries(db)).toEqual({ processed: 7, ignored: 0, failed: 0 });
    expect(await model(3)).toEqual(expected);
  });

  it('a build that ended before a push but is delivered after it is reset by the push', async () => {
    const [opened, builtA, pushed] = life(4);
    await store([opened, pushed, builtA] as Delivery[]);
    await processPendingDeliveries(db);
    const [stages] = (await model(4)).stages;
    expect(stages).toMatchObject({ commit_sha: 'sha-b', status_build: 'pending' });
  });

  it('a delivery the model cannot take fails alone; the rest of its batch commits in order', async () => {
    const events = life(5);
    const broken = {
      event: 'pull_request',
      payload: { action: 'edited', repository: events[0]?.payload.repository, pull_request: null },
    };
    const ids = await store([...events.slice(0, 3), broken, ...events.slice(3)]);
    const failed: string[] = [];
    const counts = await processPendingDeliveries(db, { onFailed: (f) => failed.push(f.deliveryId) });
    expect(counts).toEqual({ processed: 7, ignored: 0, failed: 1 });
    expect(failed).toEqual([ids[3]]);
    expect((await model(5)).stages).toEqual((await model(1)).stages);
  });

  it('repositories renamed and names taken over within one batch end as one by one would leave them', async () => {
    const push = (id: number, fullName: string) => ({
      event: 'push',
      payload: {
        repository: {
          id,
          name: fullName.split('/')[1],
          full_name: fullName,
          owner: { login: 'acme' },
          private: false,
        },
      },
    });
    await store([push(900, 'acme/x'), push(902, 'acme/z')]);
    await processPendingDeliveries(db);
    // 900 renamed to acme/y and a new 901 named acme/x; 903 takes acme/z from 902, deleted on GitHub
    await store([push(900, 'acme/y'), push(901, 'acme/x'), push(903, 'acme/z')]);
    expect(await processPendingDeliveries(db)).toEqual({ processed: 3, ignored: 0, failed: 0 });
    const { rows } = await db.pool.query(
      'SELECT github_id::int, full_name FROM warehouse.repositories WHERE github_id BETWEEN 900 AND 903 ORDER BY github_id',
    );
    expect(rows).toEqual([
      { github_id: 900, full_name: 'acme/y' },
      { github_id: 901, full_name: 'acme/x' },
      { github_id: 902, full_name: 'acme/z#902' },
      { github_id: 903, full_name: 'acme/z' },
    ]);
  });
});
