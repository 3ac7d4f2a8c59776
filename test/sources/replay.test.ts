import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultPlan } from '../../src/github-replay/fault-plan.ts';
import {
  type ReplayOptions,
  type RunningReplay,
  startReplay,
} from '../../src/github-replay/replay-server.ts';
import { sharedDataset } from '../support/replay-client.ts';

let replay: RunningReplay;
beforeAll(async () => {
  replay = await startReplay({ dataset: sharedDataset(), date: '2026-08-01' });
});
afterAll(async () => replay?.close());

/** rust-lang/rust's GraphQL node id. */
const rustNodeId = () =>
  Buffer.from(`010:Repository${sharedDataset().repoByFullName('rust-lang/rust')?.githubId}`).toString(
    'base64',
  );

/** POSTs a GraphQL query and its variables to `to` (this file's replay, or one of a test's own). */
const postGraphql = (to: RunningReplay, query: string, variables: Record<string, unknown>) =>
  fetch(`${to.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

/** A replay of 2026-08-01 changed by `world` (deletions, renames) for `use`, closed after it. */
async function withChangedReplay(world: ReplayOptions, use: (changed: RunningReplay) => Promise<void>) {
  const changed = await startReplay({ dataset: sharedDataset(), date: '2026-08-01', ...world });
  try {
    await use(changed);
  } finally {
    await changed.close();
  }
}

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${replay.url}${path}`, { headers });
  return { response, body: response.status === 304 ? null : ((await response.json()) as never) };
};

/** The day's Rust list as the shipped data records it: repo → rank. */
function rustListOn(date: string): Map<number, number> {
  const rows = parse(
    gunzipSync(readFileSync(new URL('../../data/github-ranking/daily.csv.gz', import.meta.url))),
    {
      columns: true,
    },
  ) as { date: string; github_id: string; lists: string }[];
  const ranks = new Map<number, number>();
  for (const row of rows) {
    if (row.date !== date) continue;
    const rank = /(?:^|\|)Rust=(\d+)/.exec(row.lists)?.[1];
    if (rank) ranks.set(Number(row.github_id), Number(rank));
  }
  return ranks;
}

describe('offline GitHub replay', () => {
  it('search language:Rust sort:stars answers the real top Rust repositories of the day', async () => {
    const { body } = await get('/search/repositories?q=language:Rust&sort=stars&order=desc&per_page=100');
    const { items } = body as unknown as {
      items: { id: number; full_name: string; stargazers_count: number }[];
    };
    const ranks = rustListOn('2026-08-01');
    expect(ranks.size).toBe(100);
    // The first 90 answers are that day's ranked Rust repositories in rank order.
    const top = items.slice(0, 90);
    expect(top.every((item) => ranks.has(item.id))).toBe(true);
    expect(top.map((item) => ranks.get(item.id))).toEqual(
      [...top.map((item) => ranks.get(item.id))].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(items[0]).toMatchObject({ full_name: 'ultraworkers/claw-code', stargazers_count: 194960 });
  });

  it('the simulated clock changes the numbers', async () => {
    replay.setDate('2026-06-01');
    const { body } = await get('/repos/rust-lang/rust');
    replay.setDate('2026-08-01');
    const later = await get('/repos/rust-lang/rust');
    const before = (body as unknown as { stargazers_count: number }).stargazers_count;
    const after = (later.body as unknown as { stargazers_count: number }).stargazers_count;
    expect(before).toBe(
      sharedDataset().pointAt(sharedDataset().repoByFullName('rust-lang/rust')?.githubId ?? 0, '2026-06-01')
        ?.stars,
    );
    expect(after).toBeGreaterThan(before);
  });

  it('paginates with Link headers and caps search at 1000 results', async () => {
    const first = await get('/search/repositories?q=stars:>1000&per_page=100');
    expect(first.response.headers.get('link')).toMatch(
      /<[^>]+page=2[^>]*>; rel="next", <[^>]+page=10[^>]*>; rel="last"/,
    );
    const beyond = await get('/search/repositories?q=stars:>1000&per_page=100&page=11');
    expect(beyond.response.status).toBe(422);
  });

  it("lists an org's repositories newest update first", async () => {
    const { body } = await get('/orgs/microsoft/repos?sort=updated&direction=desc&per_page=100');
    const dates = (body as unknown as { updated_at: string }[]).map((r) => r.updated_at);
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await get('/orgs/no-such-org-xyz/repos')).response.status).toBe(404);
  });

  it('answers 304 to a matching If-None-Match without spending quota', async () => {
    const first = await get('/repos/denoland/deno');
    const remaining = Number(first.response.headers.get('x-ratelimit-remaining'));
    const second = await get('/repos/denoland/deno', {
      'if-none-match': first.response.headers.get('etag') ?? '',
    });
    expect(second.response.status).toBe(304);
    expect(Number(second.response.headers.get('x-ratelimit-remaining'))).toBe(remaining);
  });

  it('serves GraphQL nodes with languages, one point per query', async () => {
    const response = await postGraphql(
      replay,
      'query($ids:[ID!]!){ rateLimit { cost } nodes(ids:$ids){ ... on Repository { nameWithOwner stargazerCount languages(first:5){ edges { size node { name } } } } } }',
      { ids: [rustNodeId(), 'bm9wZQ=='] },
    );
    const body = (await response.json()) as { data: { rateLimit: { cost: number }; nodes: unknown[] } };
    expect(body.data.rateLimit.cost).toBe(1);
    const node = body.data.nodes[0] as {
      nameWithOwner: string;
      languages: { edges: { size: number; node: { name: string } }[] };
    };
    expect(node.nameWithOwner).toBe('rust-lang/rust');
    expect(node.languages.edges[0]?.node.name).toBe('Rust');
    expect(node.languages.edges[0]?.size).toBeGreaterThan(0);
    expect(body.data.nodes[1]).toBeNull();
    // as GitHub: the unresolvable id has a NOT_FOUND error naming its position
    expect((body as unknown as { errors: unknown[] }).errors).toEqual([
      {
        type: 'NOT_FOUND',
        path: ['nodes', 1],
        locations: expect.any(Array),
        message: "Could not resolve to a node with the global id of 'bm9wZQ=='",
      },
    ]);
    expect(response.headers.get('x-ratelimit-resource')).toBe('graphql');
  });

  it('deletes a repository from a day on: not found by name, node id, search or REST from then, there before', async () => {
    await withChangedReplay({ deletions: { 'Rust-Lang/Rust': '2026-08-02' } }, async (gone) => {
      const githubId = sharedDataset().repoByFullName('rust-lang/rust')?.githubId;
      const ask = async () => {
        const graphql = await postGraphql(
          gone,
          'query($ids:[ID!]!){ nodes(ids:$ids){ ... on Repository { nameWithOwner } } repository(owner:"rust-lang", name:"rust"){ name } }',
          { ids: [rustNodeId()] },
        );
        const search = await fetch(`${gone.url}/search/repositories?q=language:Rust&sort=stars&per_page=100`);
        return {
          graphql: (await graphql.json()) as { data: unknown; errors?: { type: string; path: unknown[] }[] },
          rest: (await fetch(`${gone.url}/repos/rust-lang/rust`)).status,
          listed: ((await search.json()) as { items: { id: number }[] }).items.some((r) => r.id === githubId),
        };
      };
      const before = await ask();
      expect(before.graphql).toEqual({
        data: { nodes: [{ nameWithOwner: 'rust-lang/rust' }], repository: { name: 'rust' } },
      });
      expect(before.rest).toBe(200);
      expect(before.listed).toBe(true);

      gone.setDate('2026-08-03');
      const after = await ask();
      expect(after.graphql.data).toEqual({ nodes: [null], repository: null });
      expect(after.graphql.errors?.map((e) => [e.type, e.path])).toEqual([
        ['NOT_FOUND', ['nodes', 0]],
        ['NOT_FOUND', ['repository']],
      ]);
      expect(after.rest).toBe(404);
      expect(after.listed).toBe(false);
    });
  });

  it('renames a repository from a day on: the old name redirects (REST 301, GraphQL resolves it), ids and history stay', async () => {
    await withChangedReplay(
      { renames: { 'Rust-Lang/Rust': { to: 'rust-org/rustc', on: '2026-08-02' } } },
      async (moved) => {
        const githubId = sharedDataset().repoByFullName('rust-lang/rust')?.githubId;
        const ask = async () => {
          const graphql = await postGraphql(
            moved,
            `query($ids:[ID!]!){ nodes(ids:$ids){ ... on Repository { nameWithOwner } }
              old: repository(owner:"rust-lang", name:"rust"){ nameWithOwner databaseId pullRequests(first:100){ totalCount } } }`,
            { ids: [rustNodeId()] },
          );
          const search = await fetch(
            `${moved.url}/search/repositories?q=language:Rust&sort=stars&per_page=100`,
          );
          const oldRest = await fetch(`${moved.url}/repos/rust-lang/rust/stargazers/history?per_page=30`, {
            redirect: 'manual',
          });
          return {
            graphql: (await graphql.json()) as { data: unknown },
            oldRest: { status: oldRest.status, location: oldRest.headers.get('location') },
            newRest: (await fetch(`${moved.url}/repos/rust-org/rustc`)).status,
            listed: ((await search.json()) as { items: { id: number; full_name: string }[] }).items.find(
              (r) => r.id === githubId,
            )?.full_name,
          };
        };
        const before = await ask();
        expect(before.oldRest.status).toBe(200);
        expect(before.newRest).toBe(404);
        expect(before.listed).toBe('rust-lang/rust');
        const pullsBefore = (before.graphql.data as { old: { pullRequests: { totalCount: number } } }).old
          .pullRequests.totalCount;

        moved.setDate('2026-08-02');
        const after = await ask();
        expect(after.oldRest).toEqual({
          status: 301,
          location: `${moved.url}/repositories/${githubId}/stargazers/history?per_page=30`,
        });
        const followed = await fetch(after.oldRest.location ?? '');
        expect(followed.status).toBe(200);
        expect(((await followed.json()) as unknown[]).length).toBe(30);
        const repo = (await (await fetch(`${moved.url}/repos/rust-lang/rust`)).json()) as Record<
          string,
          unknown
        >;
        expect(repo).toMatchObject({
          id: githubId,
          full_name: 'rust-org/rustc',
          owner: { login: 'rust-org' },
        });
        expect(after.newRest).toBe(200);
        expect(after.listed).toBe('rust-org/rustc');
        expect(after.graphql.data).toEqual({
          nodes: [{ nameWithOwner: 'rust-org/rustc' }],
          old: {
            nameWithOwner: 'rust-org/rustc',
            databaseId: githubId,
            pullRequests: { totalCount: expect.any(Number) },
          },
        });
        // the same repository's pull requests, not another history for the new name
        const pullsAfter = (after.graphql.data as { old: { pullRequests: { totalCount: number } } }).old
          .pullRequests.totalCount;
        expect(pullsAfter).toBeGreaterThanOrEqual(pullsBefore);
      },
    );
  });

  it('finds Render blueprints through code search', async () => {
    const { body } = await get('/search/code?q=filename:render.yaml&per_page=5');
    const items = (
      body as unknown as { items: { repository: { full_name: string; stargazers_count?: number } }[] }
    ).items;
    expect(items).toHaveLength(5);
    expect(items[0]?.repository.stargazers_count).toBeUndefined();
    const [owner, name] = (items[0]?.repository.full_name ?? '').split('/');
    const file = await get(`/repos/${owner}/${name}/contents/render.yaml`);
    expect(Buffer.from((file.body as unknown as { content: string }).content, 'base64').toString()).toMatch(
      /^services:/,
    );
  });

  it('refuses dates outside the data and bad fault specs, naming them', async () => {
    expect(() => replay.setDate('2025-01-01')).toThrow('2026-05-23 to 2026-08-22; 2025-01-01 is outside');
    expect(() => parseFaultPlan('5xx=2')).toThrow('5xx=2 is not a fraction');
    expect(() => parseFaultPlan('explode=1')).toThrow('Bad fault "explode=1"');
    expect(parseFaultPlan('secondary=7,latency=100')).toMatchObject({ secondaryEvery: 7, latencyMs: 100 });
  });

  it("young repositories are young on the simulated day: the demo's last day has rising ones", async () => {
    replay.setDate('2026-08-22');
    try {
      // The demo's languages; the data holds no Go newcomer after 2026-07-22, the others do.
      let rising = 0;
      for (const language of ['Python', 'TypeScript', 'Go', 'Rust']) {
        const { body } = await get(
          `/search/repositories?q=${encodeURIComponent(`language:${language} created:>2026-07-23`)}&sort=stars&per_page=5`,
        );
        rising += (body as unknown as { total_count: number }).total_count;
      }
      expect(rising).toBeGreaterThanOrEqual(3);
    } finally {
      replay.setDate('2026-08-01');
    }
  });
});
