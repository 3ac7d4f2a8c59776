import { RequestError } from '@octokit/request-error';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { HttpCache } from '../../src/sources/github/client/http-cache.ts';
import { replayWithClient, sharedDataset } from '../support/replay-client.ts';

let servers: RunningReplay[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function setup(faults?: string, client: Parameters<typeof replayWithClient>[1] = {}) {
  const result = await replayWithClient({ faults }, client);
  servers.push(result.server);
  return result;
}

const rustStarsOn = (date: string) =>
  sharedDataset().pointAt(sharedDataset().repoByFullName('rust-lang/rust')?.githubId ?? 0, date)?.stars;

async function getRepos(octokit: Awaited<ReturnType<typeof setup>>['github']['octokit'], n: number) {
  const names = ['rust-lang/rust', 'denoland/deno', 'tauri-apps/tauri', 'rustdesk/rustdesk'];
  const results = [];
  for (let i = 0; i < n; i++) {
    const [owner, repo] = (names[i % names.length] as string).split('/');
    results.push(
      await octokit.request('GET /repos/{owner}/{repo}', { owner: owner as string, repo: repo as string }),
    );
  }
  return results;
}

describe('GitHub client against the replay', () => {
  it("reads a repository with the day's real star count", async () => {
    const { github } = await setup();
    const { data } = await github.octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'rust-lang',
      repo: 'rust',
    });
    expect(data.stargazers_count).toBe(rustStarsOn('2026-08-01'));
    expect(github.cost.requests).toBe(1);
  });

  it('revalidates with ETags: a 304 returns the stored body and costs no quota', async () => {
    const cache = new HttpCache();
    const { github, server } = await setup(undefined, { httpCache: cache });
    const first = await github.octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'rust-lang',
      repo: 'rust',
    });
    const remainingAfterFirst = Number(first.headers['x-ratelimit-remaining']);
    const second = await github.octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'rust-lang',
      repo: 'rust',
    });
    expect(second.data).toEqual(first.data);
    expect(second.headers['x-gitpulse-cache']).toBe('revalidated');
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(remainingAfterFirst);
    expect(server.stats.notModified).toBe(1);
    expect(github.cost.notModified).toBe(1);
    expect(cache.changes()).toHaveLength(1);
    // A new day changes the body: the cache is refreshed, not reused.
    server.setDate('2026-08-02');
    const third = await github.octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'rust-lang',
      repo: 'rust',
    });
    expect(third.data.stargazers_count).toBe(rustStarsOn('2026-08-02'));
    expect(server.stats.notModified).toBe(1);
  });

  it('retries 5xx answers with backoff and gets through', async () => {
    const { github, server } = await setup('5xx=0.25');
    const results = await getRepos(github.octokit, 20);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.stats.requests).toBeGreaterThan(20);
    expect(github.cost.requests).toBe(server.stats.requests);
    expect(github.cost.retries).toBeGreaterThan(0);
  });

  it('waits out a secondary rate limit (403 + retry-after)', async () => {
    const { github, server } = await setup('secondary=3');
    const started = Date.now();
    const results = await getRepos(github.octokit, 4);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(server.stats.requests).toBe(5); // the third was refused once, then retried
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('waits for the primary rate-limit reset (x-ratelimit-remaining: 0)', async () => {
    const { github } = await setup('rate-limit=2,rate-limit-reset=1');
    const started = Date.now();
    const results = await getRepos(github.octokit, 4);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('fails clearly when the reset is further away than it may wait', async () => {
    const { github } = await setup('rate-limit=1,rate-limit-reset=600', { maxRateLimitWaitSeconds: 30 });
    await getRepos(github.octokit, 1);
    const error = await getRepos(github.octokit, 1).catch((e) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error.status).toBe(403);
    expect(error.response.headers['x-ratelimit-remaining']).toBe('0');
  });

  it('retries a malformed JSON body', async () => {
    const { github, server } = await setup('malformed=2');
    const results = await getRepos(github.octokit, 3);
    expect(results.map((r) => typeof r.data)).toEqual(['object', 'object', 'object']);
    expect(server.stats.requests).toBeGreaterThan(3);
  });

  it('times out a hung request and retries it', async () => {
    const { github, server } = await setup('timeout=2', { timeoutMs: 300 });
    const results = await getRepos(github.octokit, 2);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(server.stats.requests).toBe(3);
  });

  it('gives up after its retry budget with the last error', async () => {
    const { github, server } = await setup('5xx=1', { retries: 3 });
    const error = await getRepos(github.octokit, 1).catch((e) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect([502, 503]).toContain(error.status);
    expect(server.stats.requests).toBe(4);
  });

  it('follows Link pagination', async () => {
    const { github } = await setup();
    const repos = await github.octokit.paginate('GET /orgs/{org}/repos', {
      org: 'microsoft',
      per_page: 5,
      sort: 'updated',
    });
    const expected = sharedDataset().repos.filter(
      (r) => r.owner === 'microsoft' && r.firstSeen <= '2026-08-01',
    );
    expect(repos).toHaveLength(expected.length);
    expect(github.cost.requests).toBe(Math.ceil(expected.length / 5));
  });
});
