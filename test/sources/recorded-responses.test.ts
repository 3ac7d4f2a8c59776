import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { validate as validateGithubQuery } from '@octokit/graphql-schema';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningReplay, startReplay } from '../../src/github-replay/replay-server.ts';
import { LIST_DEPLOYMENTS_QUERY } from '../../src/sources/github/collect/list-deployments.ts';
import { LIST_ISSUES_QUERY } from '../../src/sources/github/collect/list-issues.ts';
import { LIST_PULLS_QUERY } from '../../src/sources/github/collect/list-pulls.ts';
import { REFRESH_REPOSITORIES_QUERY } from '../../src/sources/github/collect/refresh-repositories.ts';
import { restRepositoryPayload } from '../../src/sources/github/payloads/repository-payload.ts';
import { sharedDataset } from '../support/replay-client.ts';

/** Real GitHub answers recorded by @octokit/fixtures. */
const fixturesDir = join(
  dirname(createRequire(import.meta.url).resolve('@octokit/fixtures/package.json')),
  'scenarios/api.github.com',
);
type Recording = { path: string; status: number; response: unknown; rawHeaders: string[] };
const recording = (scenario: string, path: RegExp): Recording => {
  const all = JSON.parse(
    readFileSync(join(fixturesDir, scenario, 'raw-fixture.json'), 'utf8'),
  ) as Recording[];
  const found = all.find((r) => path.test(r.path));
  if (!found) throw new Error(`no recording for ${path} in ${scenario}`);
  return found;
};
const headerNames = (r: Recording) => r.rawHeaders.filter((_, i) => i % 2 === 0).map((h) => h.toLowerCase());

let replay: RunningReplay;
beforeAll(async () => {
  replay = await startReplay({ dataset: sharedDataset(), date: '2026-08-01' });
});
afterAll(async () => replay?.close());

describe('recorded GitHub responses', () => {
  const realRepo = recording('get-repository', /^\/repos\/octokit-fixture-org\/hello-world$/);

  it('the repository payload schema parses a real GET /repos answer', () => {
    const parsed = restRepositoryPayload.parse(realRepo.response);
    expect(parsed.full_name).toBe('octokit-fixture-org/hello-world');
    expect(parsed.owner.login).toBe('octokit-fixture-org');
  });

  it('the replay answers GET /repos with every key and rate-limit header GitHub sends', async () => {
    const response = await fetch(`${replay.url}/repos/rust-lang/rust`);
    const body = (await response.json()) as Record<string, unknown>;
    const missing = Object.keys(realRepo.response as object).filter((key) => !(key in body));
    expect(missing).toEqual([]);
    expect(restRepositoryPayload.safeParse(body).success).toBe(true);
    for (const name of headerNames(realRepo).filter((h) => h.startsWith('x-ratelimit') || h === 'etag')) {
      expect(response.headers.has(name), name).toBe(true);
    }
  });

  it('the replay answers search with the keys of a real search answer', async () => {
    const realSearch = recording('search-issues', /^\/search\/issues/);
    const response = await fetch(`${replay.url}/search/repositories?q=language:Go&per_page=2`);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(Object.keys(realSearch.response as object).sort());
    expect(response.headers.get('x-ratelimit-resource')).toBe('search');
    expect(response.headers.get('x-ratelimit-limit')).toBe('30');
  });

  it('the replay answers a file content request like GitHub (base64 content)', async () => {
    const real = recording('get-content', /contents\/$/);
    const realKeys = Object.keys((real.response as Record<string, unknown>[])[0] ?? {});
    const body = (await (await fetch(`${replay.url}/repos/rust-lang/rust/readme`)).json()) as Record<
      string,
      unknown
    >;
    const missing = realKeys.filter((key) => !(key in body) && key !== 'git_url' && key !== '_links');
    expect(missing).toEqual([]);
    expect(Buffer.from(String(body.content), 'base64').toString()).toContain('# rust');
  });
});

const QUERIES = [REFRESH_REPOSITORIES_QUERY, LIST_PULLS_QUERY, LIST_DEPLOYMENTS_QUERY, LIST_ISSUES_QUERY];

describe('GraphQL queries', () => {
  it("every query gitpulse sends is valid against GitHub's public schema", () => {
    for (const query of QUERIES) expect(validateGithubQuery(query).map((e) => e.message)).toEqual([]);
  });

  it("and against the replay's schema", () => {
    const replaySchema = buildSchema(
      readFileSync(new URL('../../src/github-replay/replay-schema.graphql', import.meta.url), 'utf8'),
    );
    for (const query of QUERIES)
      expect(validate(replaySchema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('a wrong field is caught by the GitHub schema check', () => {
    expect(validateGithubQuery('{ viewer { starCount } }').length).toBeGreaterThan(0);
  });
});
