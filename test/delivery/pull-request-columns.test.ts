import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { answerGraphql } from '../../src/github-replay/graphql-endpoint.ts';
import { ReplayWorld } from '../../src/github-replay/replay-world.ts';
import { LIST_PULLS_QUERY } from '../../src/sources/github/collect/list-pulls.ts';
import { modelCollectedPulls } from '../../src/warehouse/pull-requests/model-collected-pulls.ts';
import { deliverWebhook, webhookRepository } from '../support/deliver-webhook.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { sharedDataset } from '../support/replay-client.ts';

/*
 * What the delivery metrics need of a PR (migration 0028): its merge commit,
 * when its first commit was authored and whether a bot wrote it, from the
 * pulls source (GraphQL, answered here by the replay) and from webhooks.
 */

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => {
  await db?.close();
});

const pullRow = async (fullName: string, number: number) =>
  (
    await db.pool.query(
      `SELECT p.merge_commit_sha, p.first_commit_at, p.author_type, p.processed
       FROM warehouse.pull_requests p JOIN warehouse.repositories r ON r.id = p.repo_id
       WHERE r.full_name = $1 AND p.pr_number = $2`,
      [fullName, number],
    )
  ).rows[0];

describe('the pulls source', () => {
  it('lands and models the merge commit, first commit time and author type the replay answers', async () => {
    const world = new ReplayWorld(sharedDataset(), 'http://replay.invalid', '2026-08-01');
    const answer = answerGraphql(
      world,
      { limit: 5000, remaining: 5000, used: 0, reset: 0 } as Parameters<typeof answerGraphql>[1],
      { query: LIST_PULLS_QUERY, variables: { owner: 'rust-lang', name: 'rust', first: 100 } },
    );
    const body = answer.body as {
      errors?: unknown;
      data: { repository: { pullRequests: { nodes: Record<string, unknown>[] } } & Record<string, unknown> };
    };
    expect(body.errors).toBeUndefined();
    const { pullRequests, ...repository } = body.data.repository;
    const synthetic = world.pulls(
      world.find('rust-lang', 'rust') as NonNullable<ReturnType<ReplayWorld['find']>>,
    );
    for (const node of pullRequests.nodes) {
      await db.pool.query(
        "INSERT INTO raw.github_pulls (repo_full_name, pr_number, api_response, run_id, snapshot_date) VALUES ('rust-lang/rust', $1, $2, 'run-1', '2026-08-01')",
        [node.number, JSON.stringify({ ...node, repository })],
      );
    }
    const modelled = await db.transaction((client) => modelCollectedPulls(client, ['run-1'], '2026-08-01'));
    expect(modelled).toEqual({ pulls: pullRequests.nodes.length, skipped: 0 });
    // every PR as the replay made it up: merged ones carry their merge commit, bots their type
    expect(synthetic.some((pr) => pr.authorType === 'Bot')).toBe(true);
    expect(synthetic.some((pr) => pr.mergeCommitSha)).toBe(true);
    for (const pr of synthetic) {
      const row = await pullRow('rust-lang/rust', pr.number);
      expect(row, `#${pr.number}`).toMatchObject({
        merge_commit_sha: pr.mergeCommitSha,
        author_type: pr.authorType,
      });
      expect(row.first_commit_at.toISOString().replace('.000Z', 'Z')).toBe(pr.firstCommitAt);
    }
  });
});

describe('webhooks', () => {
  const repository = webhookRepository(777, 'acme/hooks');
  const pull = (fields: Record<string, unknown>) => ({
    number: 9,
    title: 'Bump lodash',
    state: 'open',
    created_at: '2026-03-01T10:00:00Z',
    closed_at: null,
    merged_at: null,
    merge_commit_sha: 'test-merge-sha', // before the merge: GitHub's test merge, not a commit on main
    user: { login: 'dependabot[bot]', avatar_url: 'https://avatars.example/d', type: 'Bot' },
    head: { sha: 'head-1', ref: 'dependabot/lodash' },
    additions: 1,
    deletions: 1,
    changed_files: 1,
    ...fields,
  });
  const deliver = (action: string, fields: Record<string, unknown> = {}) =>
    deliverWebhook(db, 'pull_request', { action, repository, pull_request: pull(fields) });

  it('an open PR: author type kept, the test merge commit not', async () => {
    await deliver('opened');
    expect(await pullRow('acme/hooks', 9)).toMatchObject({
      merge_commit_sha: null,
      author_type: 'Bot',
      first_commit_at: null, // webhooks carry no commit times
    });
  });

  it('merged: the merge commit, without handing the PR back to polling consumers for it alone', async () => {
    const merged = {
      state: 'closed',
      closed_at: '2026-03-02T10:00:00Z',
      merged_at: '2026-03-02T10:00:00Z',
      merge_commit_sha: 'merge-on-main',
    };
    await deliver('closed', merged);
    expect(await pullRow('acme/hooks', 9)).toMatchObject({
      merge_commit_sha: 'merge-on-main',
      processed: false,
    });
    // consumed; then the same delivery again where only the merge commit is new to the row (as
    // for a PR stored before the column existed): it is filled, and processed stays true
    await db.pool.query(
      'UPDATE warehouse.pull_requests SET processed = true, merge_commit_sha = NULL WHERE pr_number = 9',
    );
    await deliver('closed', merged);
    expect(await pullRow('acme/hooks', 9)).toMatchObject({
      merge_commit_sha: 'merge-on-main',
      processed: true,
    });
  });
});
