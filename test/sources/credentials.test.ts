import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { credentialsFromEnv } from '../../src/cli/github-connection.ts';
import { readEnv } from '../../src/config/read-env.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { repoNodeId } from '../../src/github-replay/replay-world.ts';
import type { Credential } from '../../src/sources/github/client/credential.ts';
import type { createGitHubClient } from '../../src/sources/github/client/github-client.ts';
import { describeQuotaPlan, readQuotaPlan } from '../../src/sources/github/client/quota-plan.ts';
import { refreshRepositories } from '../../src/sources/github/collect/refresh-repositories.ts';
import { replayWithClient, sharedDataset } from '../support/replay-client.ts';

const tokens = (...names: string[]): Credential[] =>
  names.map((token, i) => ({ kind: 'token', label: `token ${i + 1}`, token }));

let replays: RunningReplay[] = [];
afterEach(async () => {
  for (const replay of replays) await replay.close();
  replays = [];
});

/** A replay whose every credential has `graphql` points an hour, and a client holding `credentials`. */
async function setUp(credentials: Credential[], graphql = 10) {
  const { server, github } = await replayWithClient(
    { rateLimits: { graphql } },
    { credentials, maxRateLimitWaitSeconds: 10 },
  );
  replays.push(server);
  return { server, github };
}

const liveIds = (n: number) =>
  sharedDataset()
    .repos.slice(0, n * 2)
    .map((repo) => repoNodeId(repo.githubId))
    .slice(0, n);

async function refreshAll(github: ReturnType<typeof createGitHubClient>, ids: string[]) {
  let found = 0;
  for await (const batch of refreshRepositories(github.octokit, ids))
    found += batch.repos.length + batch.gone.length;
  return found;
}

const used = (server: RunningReplay, token: string) => server.limits.snapshot('graphql', token).used;

describe('several credentials', () => {
  it('spreads GraphQL batches across tokens by the quota each has left', async () => {
    const { server, github } = await setUp(tokens('tok-a', 'tok-b', 'tok-c'), 20);
    // 25 batches of 100 at 2 points each (GitHub's formula): more than one token's 20 points, within the three's 60
    expect(await refreshAll(github, liveIds(2500))).toBe(2500);
    const spent = ['tok-a', 'tok-b', 'tok-c'].map((t) => used(server, t));
    expect(spent.reduce((a, b) => a + b, 0)).toBe(50);
    expect(Math.max(...spent) - Math.min(...spent)).toBeLessThanOrEqual(2);
    expect(used(server, '')).toBe(0);
  });

  it('passes over an exhausted token at once and does not come back to it', async () => {
    const { server, github } = await setUp(tokens('tok-a', 'tok-b'), 20);
    server.limits.exhaust('graphql', 3600, 'tok-a');
    const started = Date.now();
    expect(await refreshAll(github, liveIds(800))).toBe(800);
    expect(Date.now() - started).toBeLessThan(5000); // no wait for tok-a's reset
    expect(used(server, 'tok-b')).toBe(8 * 2);
    // one refused request to tok-a taught the pool; the other seven went to tok-b directly
    expect(server.stats.requests).toBe(9);
  });

  it('waits for the reset when every credential is exhausted, then finishes', async () => {
    const { server, github } = await setUp(tokens('tok-a', 'tok-b'));
    // resets are whole seconds: 2 s from now is at least 1 s away
    server.limits.exhaust('graphql', 2, 'tok-a');
    server.limits.exhaust('graphql', 2, 'tok-b');
    expect(await refreshAll(github, liveIds(300))).toBe(300);
    expect(used(server, 'tok-a') + used(server, 'tok-b')).toBeGreaterThanOrEqual(3);
    expect(github.cost.retries).toBeGreaterThan(0);
  });

  it('authenticates as a GitHub App installation and spends that installation token’s quota', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const app: Credential = {
      kind: 'app',
      label: 'app 42 installation 7',
      appId: '42',
      privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      installationId: '7',
    };
    const { server, github } = await setUp([...tokens('tok-a'), app]);
    server.limits.exhaust('graphql', 3600, 'tok-a');
    expect(await refreshAll(github, liveIds(300))).toBe(300);
    expect(server.appTokens).toHaveLength(1); // minted once, reused
    const [minted] = server.appTokens;
    expect(minted?.installationId).toBe('7');
    expect(used(server, minted?.token ?? '')).toBe(3 * 2); // three batches of 100 at 2 points
  });

  it('plans the quota before collecting: needed, left per credential, expected wait', async () => {
    const { server, github } = await setUp(tokens('tok-a', 'tok-b'));
    server.limits.exhaust('graphql', 600, 'tok-a');
    const plan = await readQuotaPlan(github, 'graphql', 25);
    expect(plan.credentials.map((c) => [c.label, c.remaining, c.limit])).toEqual([
      ['token 1', 0, 10],
      ['token 2', 10, 10],
    ]);
    expect(plan.available).toBe(10);
    // token 1 refills in 600 s (20 available), then both an hour later (30 >= 25)
    expect(plan.waitSeconds).toBeGreaterThan(4190);
    expect(plan.waitSeconds).toBeLessThanOrEqual(4200);
    expect(describeQuotaPlan(plan)).toBe(
      'Quota plan: 25 GraphQL points needed; available 10 (token 1 0 of 10, token 2 10 of 10); short by 15: expect to wait 70 min for resets.',
    );
    expect(describeQuotaPlan(await readQuotaPlan(github, 'graphql', 5))).toContain('; enough now.');
    // asking costs nothing
    expect(used(server, 'tok-b')).toBe(0);
    expect(JSON.stringify(plan)).not.toContain('tok-');
  });
});

describe('credentials from the environment', () => {
  it('GITHUB_TOKEN, GITHUB_TOKENS (comma-separated, blanks dropped, duplicates once) and an App, labelled without secrets', () => {
    const env = readEnv({
      GITHUB_TOKEN: 'tok-a',
      GITHUB_TOKENS: 'tok-b, tok-a,,tok-c ',
      GITHUB_APP_ID: '42',
      GITHUB_APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----\\nabc\\n-----END RSA PRIVATE KEY-----',
      GITHUB_APP_INSTALLATION_ID: '7',
    });
    const credentials = credentialsFromEnv(env);
    expect(credentials.map((c) => c.label)).toEqual([
      'token 1',
      'token 2',
      'token 3',
      'app 42 installation 7',
    ]);
    expect(credentials.slice(0, 3).map((c) => (c.kind === 'token' ? c.token : ''))).toEqual([
      'tok-a',
      'tok-b',
      'tok-c',
    ]);
  });

  it('refuses a GitHub App given only in part, naming the missing variables', () => {
    expect(() => readEnv({ GITHUB_APP_ID: '42' })).toThrow(
      /GITHUB_APP_ID: a GitHub App needs GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID together/,
    );
    expect(() =>
      readEnv({ GITHUB_APP_ID: 'my-app', GITHUB_APP_PRIVATE_KEY: 'k', GITHUB_APP_INSTALLATION_ID: '7' }),
    ).toThrow(/GITHUB_APP_ID: must be the numeric app id/);
  });
});
