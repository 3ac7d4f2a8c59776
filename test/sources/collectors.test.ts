import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import type { GitHubClient } from '../../src/sources/github/client/github-client.ts';
import type { CollectedRepo } from '../../src/sources/github/collect/collected-records.ts';
import { fetchReadmes } from '../../src/sources/github/collect/fetch-repo-files.ts';
import { fetchStarHistory } from '../../src/sources/github/collect/fetch-star-history.ts';
import { findRenderRepos } from '../../src/sources/github/collect/find-render-repos.ts';
import { queryGraphql } from '../../src/sources/github/collect/graphql-partial-answer.ts';
import { listOrgRepos } from '../../src/sources/github/collect/list-org-repos.ts';
import { listPulls } from '../../src/sources/github/collect/list-pulls.ts';
import { listWorkflowRuns } from '../../src/sources/github/collect/list-workflow-runs.ts';
import { refreshRepositories } from '../../src/sources/github/collect/refresh-repositories.ts';
import { languageQualifier, searchRepos } from '../../src/sources/github/collect/search-repos.ts';
import { graphqlPullPayload } from '../../src/sources/github/payloads/pull-request-payload.ts';
import { replayWithClient, sharedDataset } from '../support/replay-client.ts';

let server: RunningReplay;
let github: GitHubClient;
beforeAll(async () => {
  ({ server, github } = await replayWithClient({ date: '2026-08-01' }));
});
afterAll(async () => server?.close());

describe('collectors against the replay', () => {
  it('orgs: lists every repository, then only those updated since the last run', async () => {
    const all = await listOrgRepos(github.octokit, 'microsoft', null);
    const expected = sharedDataset().repos.filter((r) => r.owner === 'microsoft' && server.world.state(r));
    expect(all.repos.map((r) => r.fullName).sort()).toEqual(expected.map((r) => r.fullName).sort());
    expect(all.repos.every((r) => r.source === 'orgs' && r.sourceLanguage === 'microsoft' && r.nodeId)).toBe(
      true,
    );

    // Same day again: the first page already reaches known repositories; nothing is re-read.
    let before = github.cost.requests;
    const again = await listOrgRepos(github.octokit, 'microsoft', all.newestUpdate);
    expect(again.repos).toEqual([]);
    expect(github.cost.requests - before).toBe(1);

    // Next day: exactly the repositories updated after the watermark.
    server.setDate('2026-08-02');
    before = github.cost.requests;
    const since = await listOrgRepos(github.octokit, 'microsoft', all.newestUpdate);
    const fresh = await github.octokit.paginate('GET /orgs/{org}/repos', { org: 'microsoft', per_page: 100 });
    server.setDate('2026-08-01');
    const updated = fresh
      .filter((r) => (r.updated_at ?? '') > (all.newestUpdate ?? ''))
      .map((r) => r.full_name);
    expect(since.repos.map((r) => r.fullName).sort()).toEqual(updated.sort());
    expect(since.repos.length).toBeGreaterThan(0);
  });

  it('trending: the top repositories of a language by stars, limited', async () => {
    const top = await searchRepos(github.octokit, `${languageQualifier('Go')} sort:stars`, 150, {
      source: 'trending',
      sourceLanguage: 'Go',
    });
    expect(top.length).toBeGreaterThan(100);
    expect(top.length).toBeLessThanOrEqual(150);
    const stars = top.map((r) => (r.apiResponse as { stargazers_count: number }).stargazers_count);
    expect(stars).toEqual([...stars].sort((a, b) => b - a));
    expect(top.every((r) => (r.apiResponse as { language: string }).language === 'Go')).toBe(true);
    expect(languageQualifier('Vim Script')).toBe('language:"Vim Script"');
  });

  it('refresh: 250 repositories in 3 GraphQL queries, with languages; an unknown id is gone, not a failure', async () => {
    const ids = sharedDataset()
      .repos.filter((r) => server.world.state(r))
      .slice(0, 250)
      .map((r) => Buffer.from(`010:Repository${r.githubId}`).toString('base64'));
    const before = github.cost.requests;
    const pointsBefore = github.cost.graphqlPoints;
    const result = {
      repos: [] as CollectedRepo[],
      languages: [] as unknown[],
      gone: [] as { nodeId: string; reason: string }[],
      batches: 0,
    };
    for await (const batch of refreshRepositories(github.octokit, [...ids, 'bm90IGEgcmVwbw=='])) {
      result.repos.push(...batch.repos);
      result.languages.push(...batch.languages);
      result.gone.push(...batch.gone);
      result.batches += 1;
    }
    expect(result.batches).toBe(3);
    expect(github.cost.requests - before).toBe(3);
    // GitHub's formula: each repository's topics and languages are a request, so 100 cost 2, 51 cost 1
    expect(github.cost.graphqlPoints - pointsBefore).toBe(2 + 2 + 1);
    expect(result.repos).toHaveLength(250);
    // GitHub answers an id it cannot resolve with null and a NOT_FOUND error (which octokit
    // throws); the batch's other 49 repositories are answered all the same
    expect(result.gone).toEqual([
      {
        nodeId: 'bm90IGEgcmVwbw==',
        reason: "Could not resolve to a node with the global id of 'bm90IGEgcmVwbw=='",
      },
    ]);
    expect(result.repos.every((r) => r.format === 'graphql' && r.githubId)).toBe(true);
    expect(result.languages.length).toBeGreaterThan(200);
  });

  it('render: finds blueprints through code search and fetches each', async () => {
    const { refs, blueprints } = await findRenderRepos(github.octokit, 'filename:render.yaml', 12);
    expect(refs).toHaveLength(12);
    expect(blueprints).toHaveLength(12);
    expect(blueprints[0]?.detail).toBe('render_blueprint');
  });

  it('readme: one call per repository', async () => {
    const readmes = await fetchReadmes(github.octokit, ['rust-lang/rust', 'no-owner/no-such-repo']);
    expect(readmes).toHaveLength(1);
  });

  it('pulls: one GraphQL query per 100 PRs, each with files, reviews and CI, valid against the payload schema', async () => {
    const before = github.cost.requests;
    const pulls = await listPulls(github.octokit, 'rust-lang/rust', 3);
    expect(pulls).toHaveLength(3);
    expect(github.cost.requests - before).toBe(1);
    for (const pull of pulls) {
      const parsed = graphqlPullPayload.parse(pull.apiResponse);
      expect(parsed.headRefOid).toMatch(/^[0-9a-f]{40}$/);
      expect(parsed.files?.nodes.length).toBeGreaterThan(0);
      expect(parsed.repository.nameWithOwner).toBe('rust-lang/rust');
    }
    // Newest update first, as GitHub's orderBy UPDATED_AT DESC answers.
    const updated = pulls.map((p) => graphqlPullPayload.parse(p.apiResponse).updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('pulls: a repository GitHub cannot resolve (null and a NOT_FOUND error) has none, and is no failure', async () => {
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ repository(owner: "no-owner", name: "no-such-repo") { name } }' }),
    });
    expect(((await answer.json()) as { errors: { type: string }[] }).errors.map((e) => e.type)).toEqual([
      'NOT_FOUND',
    ]);
    expect(await listPulls(github.octokit, 'no-owner/no-such-repo', 3)).toEqual([]);
  });

  it("REST under a renamed repository's old name follows GitHub's 301 to /repositories/{id}: star history and workflow runs are read, not missing", async () => {
    const moved = await replayWithClient({
      date: '2026-08-02',
      renames: { 'rust-lang/rust': { to: 'rust-org/rustc', on: '2026-08-02' } },
    });
    try {
      const githubId = sharedDataset().repoByFullName('rust-lang/rust')?.githubId as number;
      const target = { githubId, fullName: 'rust-lang/rust', complete: false, nextPage: 1, page1Etag: null };
      const outcomes = [];
      for await (const outcome of fetchStarHistory(moved.github.octokit, [target], 2)) outcomes.push(outcome);
      expect(outcomes.map((o) => [o.missing, o.failed, o.pages.length])).toEqual([[false, null, 2]]);
      // the pages land under the repository's id, whatever name they were asked by
      expect(outcomes[0]?.pages.map((p) => p.githubId)).toEqual([githubId, githubId]);

      const runs = await listWorkflowRuns(moved.github.octokit, 'rust-lang/rust', 'main', '2026-07-30');
      expect(runs.missing).toBe(false);
      expect(runs.runs.length).toBeGreaterThan(0);
    } finally {
      await moved.server.close();
    }
  });

  it('GraphQL: an answer with NOT_FOUND errors only is partial data; any other error still fails', async () => {
    const found = await queryGraphql<{ a: unknown; b: unknown }>(
      github.octokit,
      '{ a: repository(owner: "rust-lang", name: "rust") { name } b: repository(owner: "no-owner", name: "x") { name } }',
      {},
    );
    expect(found.data).toEqual({ a: { name: 'rust' }, b: null });
    expect(found.notFound).toEqual([
      { path: ['b'], message: "Could not resolve to a Repository with the name 'no-owner/x'." },
    ]);
    await expect(
      queryGraphql(github.octokit, '{ repository(owner: "rust-lang", name: "rust") { noSuchField } }', {}),
    ).rejects.toMatchObject({ name: 'GraphqlResponseError' });
  });

  it('pulls: more than 100 are paged with the cursor, not capped at one page', async () => {
    const busy = await replayWithClient({ date: '2026-08-01', pullsPerDay: 6 });
    try {
      const pulls = await listPulls(busy.github.octokit, 'rust-lang/rust', 150);
      expect(pulls).toHaveLength(150);
      expect(new Set(pulls.map((p) => p.number)).size).toBe(150);
      expect(busy.github.cost.requests).toBe(2);
      // GitHub's formula: 1 + 4 nested lists × 100 PRs = 401 requests, 4 points; then 1 + 4 × 50, 2
      expect(busy.github.cost.graphqlPoints).toBe(4 + 2);
      expect(busy.github.cost.graphqlCostByOperation).toEqual({ ListPulls: 4 });
    } finally {
      await busy.server.close();
    }
  });
});
