import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import type { GitHubSignInSettings } from '../../src/identity/github-sign-in/sign-in-with-github.ts';
import { admitGitHubUser } from '../../src/identity/github-sign-in/sign-in-with-github.ts';
import type { IdentityDatabase } from '../../src/identity/identity-database.ts';
import { scopesOfRole } from '../../src/identity/roles.ts';
import { createApiToken } from '../../src/identity/tokens/api-tokens.ts';
import { localPrincipal } from '../../src/identity/users/users.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { freshWarehouseWithIdentity } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay } from '../support/pipeline-fixture.ts';
import { replayGitHubAuth } from '../support/replay-github-auth.ts';

/*
 * A private repository (the replay's gitpulse-demo/roadmap, which GitHub lets
 * ada and grace read) lands in the warehouse marked private, and the API
 * shows it only to those GitHub lets read it: for anyone else it does not
 * exist on any route that shows repositories; the shared lists and totals
 * count public repositories only, for everyone.
 */
const PRIVATE = 'gitpulse-demo/roadmap';
const keep = closeAfterAll();
let db: Database;
let identity: IdentityDatabase;
let replay: RunningReplay;
let app: FastifyInstance;
let signIn: GitHubSignInSettings;
const tokens: Record<string, string> = {};
const log: string[] = [];

/** A GitHub user token for `login`, through the replay's device flow, as GitHub hands one out. */
async function githubTokenOf(login: string): Promise<string> {
  const json = { accept: 'application/json', 'content-type': 'application/json' };
  const code = (await (
    await fetch(`${replay.url}/login/device/code`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ client_id: 'gitpulse-test' }),
    })
  ).json()) as { device_code: string; user_code: string };
  await fetch(`${replay.url}/login/device?user_code=${code.user_code}&login=${login}`);
  const granted = (await (
    await fetch(`${replay.url}/login/oauth/access_token`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        client_id: 'gitpulse-test',
        device_code: code.device_code,
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      }),
    })
  ).json()) as { access_token: string };
  return granted.access_token;
}

/** A personal token of `login` carrying their GitHub token (as `gitpulse login` makes one), or none. */
async function personalTokenOf(login: string, withGitHubToken = true): Promise<string> {
  const githubToken = await githubTokenOf(login);
  const admitted = await admitGitHubUser(identity.pool, signIn, githubToken);
  if (!('user' in admitted)) throw new Error(admitted.refused);
  const created = await createApiToken(identity, await localPrincipal(identity.pool), admitted.user, {
    name: `${login} test`,
    scopes: scopesOfRole(admitted.user.role),
    githubToken: withGitHubToken ? githubToken : undefined,
  });
  return created.token;
}

const get = (url: string, as: string) =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[as]}` } });

beforeAll(async () => {
  ({ db, identity } = await freshWarehouseWithIdentity(keep));
  replay = keep(await startTestReplay('2026-08-01'));
  const config = configSchema.parse({
    orgs: ['gitpulse-demo', 'microsoft'],
    languages: ['Rust'],
    trending: { top_per_language: 5, rising_days: 30, rising_per_language: 2 },
    render: { max_repos: 1 },
    pulls: { repos: [PRIVATE, 'rust-lang/rust'], max_per_repo: 5 },
    star_history: { max_requests_per_run: 20 },
  });
  for (const date of ['2026-07-31', '2026-08-01']) await ingestDay(db, replay, date, { config });
  const auth = replayGitHubAuth(replay.url, { allowedOrgs: [], defaultRole: 'member' });
  signIn = auth.signIn;
  app = keep(
    await createServer(db, {
      identity,
      github: auth,
      // everything the server logs, at its most talkative, to look for secrets in
      logger: pino({ level: 'trace' }, { write: (line: string) => log.push(line) }),
    }),
  );
  tokens.ada = await personalTokenOf('ada');
  tokens.margaret = await personalTokenOf('margaret');
  tokens.linus = await personalTokenOf('linus');
}, 300_000);

describe('a private repository', () => {
  it('is in the warehouse marked private, by both roads in, and ranked nowhere', async () => {
    const { rows } = await db.pool.query(
      `SELECT d.is_private AS dim, r.is_private AS pulls, f.rank_overall, f.rank_in_language
       FROM warehouse.dim_repositories d
       JOIN warehouse.fact_repo_snapshots f ON f.github_id = d.github_id AND f.snapshot_date = '2026-08-01'
       LEFT JOIN warehouse.repositories r ON r.github_id = d.github_id
       WHERE d.repo_full_name = $1 AND d.is_current`,
      [PRIVATE],
    );
    expect(rows).toEqual([{ dim: true, pulls: true, rank_overall: null, rank_in_language: null }]);
    const publicRanks = await db.pool.query(
      `SELECT count(*)::int AS n, max(rank_overall)::int AS top FROM warehouse.fact_repo_snapshots
       WHERE snapshot_date = '2026-08-01' AND rank_overall IS NOT NULL`,
    );
    // the public repositories' ranks run 1..n without the private one's place
    expect(publicRanks.rows[0].top).toBeLessThanOrEqual(publicRanks.rows[0].n);
    const { rows: lists } = await db.pool.query(
      `SELECT count(*)::int AS n FROM analytics.trending_positions p
       JOIN warehouse.dim_repositories d ON d.repo_key = p.repo_key WHERE d.repo_full_name = $1`,
      [PRIVATE],
    );
    expect(lists[0].n).toBe(0);
  });

  const pages = [
    `/api/repos/${PRIVATE}`,
    `/api/repos/${PRIVATE}/stars`,
    `/api/repos/${PRIVATE}/stars?format=csv`,
    `/api/repos/${PRIVATE}/stars.svg`,
    `/api/repos/${PRIVATE}/badge.svg`,
  ];

  it('shows its pages to a reader GitHub lets read it', async () => {
    for (const url of pages) expect((await get(url, 'ada')).statusCode, url).toBe(200);
    expect((await get(`/api/repos/${PRIVATE}`, 'ada')).json()).toMatchObject({
      repo_full_name: PRIVATE,
      is_private: true,
    });
    // no events store in this server: past the visibility check, the route says so
    expect((await get(`/api/repos/${PRIVATE}/activity`, 'ada')).statusCode).toBe(503);
  });

  it('does not exist for readers GitHub does not let read it: 404 as if untracked', async () => {
    const untracked = await get('/api/repos/gitpulse-demo/no-such-repo', 'margaret');
    for (const as of ['margaret', 'linus']) {
      for (const url of [...pages, `/api/repos/${PRIVATE}/activity`]) {
        const answer = await get(url, as);
        expect(answer.statusCode, `${as} ${url}`).toBe(404);
        expect(answer.body).not.toMatch(/roadmap".*stars|private/i);
      }
      // the same answer as a repository that is not there, name aside
      expect((await get(`/api/repos/${PRIVATE}`, as)).json().error).toBe(untracked.json().error);
    }
  });

  it('redirects its old name (a rename) for its readers only: the others are not told its new name', async () => {
    const OLD = 'gitpulse-demo/old-roadmap';
    await db.pool.query(
      `INSERT INTO warehouse.dim_repositories (github_id, node_id, repo_full_name, owner, repo_url, description, language,
         created_at, topics, is_archived, is_private, valid_from, valid_to, is_current)
       SELECT github_id, node_id, $2, owner, repo_url, description, language,
         created_at, topics, is_archived, is_private, valid_from - interval '1 day', valid_from, false
       FROM warehouse.dim_repositories WHERE repo_full_name = $1 AND is_current`,
      [PRIVATE, OLD],
    );
    try {
      const moved = await get(`/api/repos/${OLD}/stars`, 'ada');
      expect(moved.statusCode).toBe(308);
      expect(moved.headers.location).toBe(`/api/repos/${PRIVATE}/stars`);
      const untracked = await get('/api/repos/gitpulse-demo/no-such-repo', 'margaret');
      for (const as of ['margaret', 'linus']) {
        const hidden = await get(`/api/repos/${OLD}/stars`, as);
        expect(hidden.statusCode, as).toBe(404);
        expect(hidden.headers.location).toBeUndefined();
        expect(hidden.body).not.toContain(PRIVATE);
        expect(hidden.json().error).toBe(untracked.json().error);
      }
    } finally {
      await db.pool.query('DELETE FROM warehouse.dim_repositories WHERE repo_full_name = $1', [OLD]);
    }
  });

  it('is in the lists of PRs, insights, PR metrics and search for its readers only', async () => {
    const lists: [string, string][] = [
      ['/api/prs?limit=100', 'repository'],
      ['/api/prs/metrics', 'repository'],
      ['/api/insights?limit=100', 'repository'],
      ['/api/search?q=roadmap', 'repo_full_name'],
    ];
    for (const [url, field] of lists) {
      const names = async (as: string) =>
        ((await get(url, as)).json().items as Record<string, string>[]).map((item) => item[field]);
      expect(await names('ada'), url).toContain(PRIVATE);
      expect(await names('margaret'), url).not.toContain(PRIVATE);
      // the public repository's rows stay for both
      if (url.startsWith('/api/prs')) expect(await names('margaret'), url).toContain('rust-lang/rust');
    }
  });

  it('is in the delivery answer (its own scope, its PRs) for its readers only', async () => {
    const url = '/api/delivery?scope=repository&periods=104&include_bots=true';
    const shown = async (as: string) => {
      const body = (await get(url, as)).json() as {
        items: { scope: string }[];
        prs: { repository: string }[];
      };
      return [...body.items.map((p) => p.scope), ...body.prs.map((p) => p.repository)];
    };
    expect(await shown('ada')).toContain(PRIVATE);
    expect(await shown('margaret')).not.toContain(PRIVATE);
    expect(await shown('margaret')).toContain('rust-lang/rust');
    expect((await get(`/api/repos/${PRIVATE}/delivery`, 'margaret')).statusCode).toBe(404);
    expect((await get(`/api/repos/${PRIVATE}/delivery`, 'ada')).statusCode).toBe(200);
  });

  it('the cached search answers each reader with what they may see', async () => {
    // margaret first: her answer must not be served to ada, nor ada's to linus
    const search = '/api/search?q=gitpulse-demo';
    const first = await get(search, 'margaret');
    const second = await get(search, 'ada');
    const third = await get(search, 'linus');
    expect(first.body).not.toContain(PRIVATE);
    expect(second.body).toContain(PRIVATE);
    expect(third.body).not.toContain(PRIVATE);
    expect(second.headers.etag).not.toBe(first.headers.etag);
  });

  it('is counted in no shared list or total, for anyone', async () => {
    for (const url of [
      '/api/trending?limit=100',
      '/api/trending?window=7d&rising=true&limit=100',
      '/api/languages',
      '/api/languages/TypeScript/rankings?limit=100',
      '/api/companies',
    ]) {
      expect((await get(url, 'ada')).body, url).not.toContain('roadmap');
    }
    // gitpulse-demo holds only the private repository: as a company it has nothing public
    expect((await get('/api/companies/gitpulse-demo', 'ada')).statusCode).toBe(404);
  });

  it('a token without a GitHub token sees it while its owner’s last answer is fresh, then not', async () => {
    const bare = await personalTokenOf('grace', false);
    const asGrace = (url: string) =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${bare}` } });
    expect((await asGrace(`/api/repos/${PRIVATE}`)).statusCode).toBe(404);
    tokens.grace = await personalTokenOf('grace');
    expect((await get(`/api/repos/${PRIVATE}`, 'grace')).statusCode).toBe(200);
    expect((await asGrace(`/api/repos/${PRIVATE}`)).statusCode).toBe(200);
    await identity.pool.query(
      `UPDATE identity.repository_access SET checked_at = now() - interval '1 hour'
       WHERE user_id = (SELECT user_id FROM identity.users WHERE login = 'grace')`,
    );
    expect((await asGrace(`/api/repos/${PRIVATE}`)).statusCode).toBe(404);
  });

  it('ends a reader’s access when GitHub no longer accepts their token, once the answer is stale', async () => {
    const revoked = await githubTokenOf('ada');
    const admitted = await admitGitHubUser(identity.pool, signIn, revoked);
    if (!('user' in admitted)) throw new Error(admitted.refused);
    const { token } = await createApiToken(identity, await localPrincipal(identity.pool), admitted.user, {
      name: 'revoked on GitHub',
      scopes: ['read'],
      githubToken: revoked,
    });
    replay.signIn.tokens.delete(revoked);
    await identity.pool.query(
      `UPDATE identity.repository_access SET checked_at = now() - interval '1 hour'
       WHERE user_id = (SELECT user_id FROM identity.users WHERE login = 'ada')`,
    );
    // any route, not only those that show repositories: a shared list here
    const answer = await app.inject({
      method: 'GET',
      url: '/api/trending',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.statusCode).toBe(401);
    expect(answer.json()).toMatchObject({ error: 'sign_in_required' });
    expect(answer.body).not.toContain(revoked);
  });

  it('re-checks org membership when the answer is stale: someone outside auth.allowed_orgs is let in no more', async () => {
    const partnersOnly = await createServer(db, {
      identity,
      github: replayGitHubAuth(replay.url, { allowedOrgs: ['octo-partners'], defaultRole: 'member' }),
    });
    try {
      await identity.pool.query(
        `UPDATE identity.repository_access SET checked_at = now() - interval '1 hour'`,
      );
      const as = (who: string) =>
        partnersOnly.inject({
          method: 'GET',
          url: '/api/trending',
          headers: { authorization: `Bearer ${tokens[who]}` },
        });
      expect((await as('linus')).statusCode).toBe(200);
      const ada = await as('ada');
      expect(ada.statusCode).toBe(401);
      expect(ada.json().message).toContain('ada is not a member of octo-partners');
    } finally {
      await partnersOnly.close();
    }
  });

  it('no personal token, GitHub token or client secret is in the server’s log', async () => {
    // a sign-in GitHub refuses (a made-up code) is logged: with what, is the question
    const login = await app.inject({ method: 'GET', url: '/auth/login' });
    const stateCookie = String(([] as string[]).concat(login.headers['set-cookie'] ?? [])[0]).split(';')[0];
    const state = new URL(login.headers.location as string).searchParams.get('state');
    const failed = await app.inject({
      method: 'GET',
      url: `/auth/callback?code=made-up&state=${state}`,
      headers: { cookie: stateCookie as string },
    });
    expect(failed.statusCode).toBe(502);
    const logged = log.join('');
    expect(logged).toContain('sign-in with GitHub failed');
    for (const secret of [...Object.values(tokens), ...replay.signIn.tokens.keys(), signIn.clientSecret])
      expect(logged).not.toContain(secret);
  });
});
