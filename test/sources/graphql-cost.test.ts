import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { answerGraphql } from '../../src/github-replay/graphql-endpoint.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { ReplayWorld } from '../../src/github-replay/replay-world.ts';
import { readIngestionState } from '../../src/ops/ingestion-state.ts';
import { graphqlCostKey } from '../../src/pipeline/sources/graphql-points.ts';
import { pullsSource } from '../../src/pipeline/sources/pulls-source.ts';
import { LIST_PULLS_QUERY } from '../../src/sources/github/collect/list-pulls.ts';
import { REFRESH_REPOSITORIES_QUERY } from '../../src/sources/github/collect/refresh-repositories.ts';
import { graphqlCost, operationName } from '../../src/sources/github/graphql-cost.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay, testConfig } from '../support/pipeline-fixture.ts';
import { sharedDataset } from '../support/replay-client.ts';

/*
 * Issue 24 item 5: plan what GitHub will charge. GitHub's documented formula
 * (docs: "Calculating a rate limit score"), the replay charging by it, and a
 * run learning what GitHub charged (rateLimit.cost) for the next run's plan.
 */

const ids = (n: number) => ({ ids: Array.from({ length: n }, (_, i) => `id-${i}`) });

describe("GitHub's cost formula", () => {
  it("gives the documentation's own example 51 points", () => {
    // 1 request for 100 repositories, 100 for their 50 issues each, 5,000 for their labels: 5,101
    const docs = `query { viewer { login repositories(first: 100) { edges { node { id
      issues(first: 50) { edges { node { id labels(first: 60) { edges { node { id name } } } } } } } } } } }`;
    expect(graphqlCost(docs)).toBe(51);
  });

  it('charges a page of 100 PRs with its four nested lists 4, a short page less, never under 1', () => {
    // pullRequests 1 + files, reviews, last commit and first commit of each of 100 PRs: 401
    expect(graphqlCost(LIST_PULLS_QUERY, { first: 100 })).toBe(4);
    expect(graphqlCost(LIST_PULLS_QUERY, { first: 50 })).toBe(2);
    expect(graphqlCost(LIST_PULLS_QUERY, { first: 3 })).toBe(1);
    // topics and languages of each repository: 200 requests for 100 ids
    expect(graphqlCost(REFRESH_REPOSITORIES_QUERY, ids(100))).toBe(2);
    expect(graphqlCost(REFRESH_REPOSITORIES_QUERY, ids(40))).toBe(1);
    expect(operationName(LIST_PULLS_QUERY)).toBe('ListPulls');
  });

  it('is what the replay charges, in rateLimit.cost', () => {
    const world = new ReplayWorld(sharedDataset(), 'http://replay.invalid', '2026-08-01');
    const answer = answerGraphql(
      world,
      { limit: 5000, remaining: 5000, used: 0, reset: 0 } as Parameters<typeof answerGraphql>[1],
      { query: LIST_PULLS_QUERY, variables: { owner: 'rust-lang', name: 'rust', first: 100 } },
    );
    expect(answer.cost).toBe(4);
    expect((answer.body as { data: { rateLimit: { cost: number } } }).data.rateLimit.cost).toBe(4);
  });
});

describe('the quota plan', () => {
  let db: Database;
  let replay: RunningReplay;
  beforeAll(async () => {
    db = await createFreshDatabase();
    replay = await startTestReplay('2026-08-01');
  });
  afterAll(async () => {
    await replay?.close();
    await db?.close();
  });

  const config = { ...testConfig, pulls: { ...testConfig.pulls, repos: ['a/b', 'c/d'], max_per_repo: 150 } };

  it('plans pulls by the formula before GitHub has said, then by what it charged', async () => {
    expect(pullsSource.cost(config, { state: new Map() } as never).graphqlPoints).toBe(2 * (4 + 2));
    const learned = new Map([[graphqlCostKey('ListPulls'), { lastRun: '', cursor: { points: 5 } }]]);
    expect(pullsSource.cost(config, { state: learned } as never).graphqlPoints).toBe(2 * (5 + 5));
  });

  it('a run keeps what GitHub charged each operation for the next plan', async () => {
    await ingestDay(db, replay, '2026-08-01');
    const state = await readIngestionState(db.pool);
    expect(state.get(graphqlCostKey('ListPulls'))?.cursor).toEqual({ points: 1 }); // max_per_repo 3: one short page
    expect(state.get(graphqlCostKey('RefreshRepositories'))?.cursor.points).toBeGreaterThanOrEqual(1);
  });
});
