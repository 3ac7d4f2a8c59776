import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { listAuditEvents } from '../../src/identity/audit/audit-log.ts';
import type { IdentityDatabase } from '../../src/identity/identity-database.ts';
import { haveBrowser, launchChromium } from '../support/browser.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { startGitHubModeServer } from '../support/github-mode-server.ts';
import { replayGitHubAuth } from '../support/replay-github-auth.ts';

/*
 * Signing in with GitHub (auth.mode github) in a real browser, through the
 * replay's authorize page: the session cookie's flags, who gets in, the
 * state bound to the browser, CSRF on cookie writes, and signing out.
 */
let db: Database;
let identity: IdentityDatabase;
let replay: RunningReplay;
let app: FastifyInstance;
let browser: Browser;
let server: string;
const keep = closeAfterAll();
beforeAll(async () => {
  ({
    db,
    identity,
    replay,
    app,
    url: server,
  } = await startGitHubModeServer(keep, {
    signIn: { admins: ['ada'] },
    server: { apiToken: 'ignored-in-github-mode' },
  }));
  if (haveBrowser) browser = keep(await launchChromium());
}, 120_000);

/** Signs in through the replay's page as `login`; the page ends where gitpulse sends it. */
async function signIn(context: BrowserContext, login: string) {
  const page = await context.newPage();
  await page.goto(`${server}/auth/login?next=/api/me`);
  await page.click(`a[data-login="${login}"]`);
  await page.waitForLoadState();
  return page;
}
const me = async (context: BrowserContext) => {
  const response = await context.request.get(`${server}/api/me`);
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
};

describe.runIf(haveBrowser)('sign in with GitHub', () => {
  it('a member of an allowed org gets a server-side session in an HttpOnly, SameSite=Lax cookie', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'grace');
    expect(new URL(page.url()).pathname).toBe('/api/me');
    expect(JSON.parse((await page.textContent('body')) ?? '{}')).toMatchObject({
      login: 'grace',
      role: 'viewer',
      via: 'session',
      signed_in: true,
    });
    const cookie = (await context.cookies()).find((c) => c.name === 'gitpulse_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    // the identity database keeps its hash, not the cookie
    const { rows } = await identity.pool.query('SELECT s::text AS row FROM identity.sessions s');
    expect(rows.some((r) => r.row.includes(cookie?.value as string))).toBe(false);
    const [line] = await listAuditEvents(identity.pool, 1);
    expect(line).toMatchObject({ actor_login: 'grace', action: 'user.sign_in' });
    await context.close();
  });

  it('without a session or token the API and /metrics answer 401, and API_TOKEN is nobody’s in github mode', async () => {
    const anonymous = await fetch(`${server}/api/trending`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'sign_in_required' });
    const withApiToken = await fetch(`${server}/api/trending`, {
      headers: { authorization: 'Bearer ignored-in-github-mode' },
    });
    expect(withApiToken.status).toBe(401);
    // metrics need a reader too; health stays open for load balancers
    expect((await fetch(`${server}/metrics`)).status).toBe(401);
    expect((await fetch(`${server}/healthz`)).status).toBe(200);
  });

  it('a GitHub user outside the allowed orgs is refused, and the refusal is in the audit log', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'margaret');
    expect(await page.textContent('body')).toContain('margaret is not a member of gitpulse-demo');
    expect((await context.cookies()).some((c) => c.name === 'gitpulse_session')).toBe(false);
    expect((await me(context)).status).toBe(401);
    const [line] = await listAuditEvents(identity.pool, 1);
    expect(line).toMatchObject({ actor_login: 'margaret', action: 'user.sign_in_refused' });
    await context.close();
  });

  it('a state the browser did not start is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${server}/auth/callback?code=anything&state=forged`);
    expect(response?.status()).toBe(400);
    await context.close();
  });

  it('Settings: a signed-in viewer makes a read token, sees it once, uses it, and revokes it', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'grace');
    await page.goto(`${server}/#/settings`);
    await page.waitForSelector('#token-form');
    // a viewer is offered read only
    expect(
      await page.$$eval('input[name=scope]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
    ).toEqual(['read']);
    await page.fill('#token-name', 'notebook');
    await page.click('#token-form button[type=submit]');
    const token = (await page.textContent('#new-token', { timeout: 10_000 })) ?? '';
    expect(token).toMatch(/^gpt_[0-9A-Za-z]{36}$/);
    expect(await page.textContent('table')).toContain(`gpt_…${token.slice(-4)}`);
    const asReader = { authorization: `Bearer ${token}` };
    expect((await fetch(`${server}/api/trending`, { headers: asReader })).status).toBe(200);
    // a token does not mint tokens (no wider one from a narrow one)
    const minted = await fetch(`${server}/api/tokens`, {
      method: 'POST',
      headers: { ...asReader, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'wider', scopes: ['read'] }),
    });
    expect(minted.status).toBe(403);
    await page.click('button[data-revoke]');
    await page.waitForSelector('text=No tokens yet.');
    expect((await fetch(`${server}/api/trending`, { headers: asReader })).status).toBe(401);
    await context.close();
  });

  it('cookie writes need the CSRF token; roles decide what they may do; signing out ends the session', async () => {
    const context = await browser.newContext();
    await signIn(context, 'ada');
    const { body } = await me(context);
    expect(body).toMatchObject({ login: 'ada', role: 'admin' });
    expect((await context.request.get(`${server}/metrics`)).status()).toBe(200);
    const track = (headers: Record<string, string>) =>
      context.request.post(`${server}/api/tracked`, {
        data: { repository: 'gitpulse-demo/tracked' },
        headers,
      });
    expect((await track({})).status()).toBe(403);
    expect((await track({ 'x-csrf-token': 'forged' })).status()).toBe(403);
    expect((await track({ 'x-csrf-token': body.csrf_token as string })).status()).toBe(202);

    const viewer = await browser.newContext();
    await signIn(viewer, 'grace');
    const grace = await me(viewer);
    const refused = await viewer.request.post(`${server}/api/tracked`, {
      data: { repository: 'gitpulse-demo/not-tracked' },
      headers: { 'x-csrf-token': grace.body.csrf_token as string },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'forbidden' });

    const out = await context.request.post(`${server}/auth/logout`, {
      headers: { 'x-csrf-token': body.csrf_token as string },
      maxRedirects: 0,
    });
    expect(out.status()).toBe(303);
    expect((await me(context)).status).toBe(401);
    await viewer.close();
    await context.close();
  });
});

describe('behind a proxy that ends https, and against guessing', () => {
  let proxied: FastifyInstance;
  beforeAll(async () => {
    proxied = await createServer(db, {
      identity,
      trustProxy: true,
      github: replayGitHubAuth(replay.url),
    });
  });
  afterAll(async () => {
    await proxied?.close();
  });
  const cookieOf = (setCookie: string | string[] | undefined, name: string) =>
    ([] as string[]).concat(setCookie ?? []).find((line) => line.startsWith(`${name}=`));
  const https = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };

  it('a session cookie is Secure when the proxy says https, a state is good once, and no secret reaches the identity tables', async () => {
    const login = await proxied.inject({ method: 'GET', url: '/auth/login', headers: https });
    const state = cookieOf(login.headers['set-cookie'], 'gitpulse_oauth_state') as string;
    expect(state).toMatch(/; Secure/);
    // GitHub's page, as ada: its grant link sends the browser back with a code
    const authorize = new URL(login.headers.location as string);
    authorize.pathname = '/login/oauth/authorize/grant';
    authorize.searchParams.set('login', 'ada');
    const grant = await fetch(authorize, { redirect: 'manual' });
    const back = new URL(grant.headers.get('location') as string);
    expect(back.protocol).toBe('https:');
    const callback = await proxied.inject({
      method: 'GET',
      url: `/auth/callback${back.search}`,
      headers: { ...https, cookie: state.split(';')[0] as string },
    });
    expect(callback.statusCode).toBe(302);
    // the same callback again, cookie and all, is refused: a state is good once
    const replayed = await proxied.inject({
      method: 'GET',
      url: `/auth/callback${back.search}`,
      headers: { ...https, cookie: state.split(';')[0] as string },
    });
    expect(replayed.statusCode).toBe(400);
    const session = cookieOf(callback.headers['set-cookie'], 'gitpulse_session') as string;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/);
    const [line] = await listAuditEvents(identity.pool, 1);
    expect(line).toMatchObject({ actor_login: 'ada', action: 'user.sign_in', source_ip: '203.0.113.9' });
    // neither the cookie's secret nor any GitHub token the replay handed out is kept in clear
    const secrets = [session.split(';')[0]?.split('=')[1] as string, ...replay.signIn.tokens.keys()];
    for (const table of ['users', 'sessions', 'api_tokens', 'audit_log', 'repository_access']) {
      const { rows } = await identity.pool.query(`SELECT t::text AS row FROM identity.${table} t`);
      for (const secret of secrets)
        expect(
          rows.some((r) => r.row.includes(secret)),
          table,
        ).toBe(false);
    }
  });

  it('a session past its idle or its absolute expiry gets 401 on its next request', async () => {
    for (const column of ['idle_expires_at', 'expires_at']) {
      const login = await proxied.inject({ method: 'GET', url: '/auth/login' });
      const state = cookieOf(login.headers['set-cookie'], 'gitpulse_oauth_state') as string;
      const authorize = new URL(login.headers.location as string);
      authorize.pathname = '/login/oauth/authorize/grant';
      authorize.searchParams.set('login', 'grace');
      const back = new URL(
        (await fetch(authorize, { redirect: 'manual' })).headers.get('location') as string,
      );
      const callback = await proxied.inject({
        method: 'GET',
        url: `/auth/callback${back.search}`,
        headers: { cookie: state.split(';')[0] as string },
      });
      const session = (cookieOf(callback.headers['set-cookie'], 'gitpulse_session') as string).split(';')[0];
      const me = () =>
        proxied.inject({ method: 'GET', url: '/api/me', headers: { cookie: session as string } });
      expect((await me()).json()).toMatchObject({ login: 'grace', signed_in: true });
      await identity.pool.query(
        `UPDATE identity.sessions SET ${column} = now() - interval '1 second'
         WHERE secret_sha256 = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [session?.split('=')[1]],
      );
      const expired = await me();
      expect(expired.statusCode, column).toBe(401);
      expect(expired.json()).toMatchObject({ error: 'sign_in_required' });
    }
  });

  it('the same header from a client the server does not trust changes nothing', async () => {
    const direct = await app.inject({ method: 'GET', url: '/auth/login', headers: https });
    expect(cookieOf(direct.headers['set-cookie'], 'gitpulse_oauth_state')).not.toMatch(/; Secure/);
  });

  it('sign-in attempts are rate-limited per address', async () => {
    const from = { 'x-forwarded-for': '198.51.100.7' };
    const answers: number[] = [];
    for (let i = 0; i < 25; i++)
      answers.push((await proxied.inject({ method: 'GET', url: '/auth/login', headers: from })).statusCode);
    expect(answers.slice(0, 20).every((status) => status === 302)).toBe(true);
    expect(answers.slice(20)).toEqual([429, 429, 429, 429, 429]);
    // another address is not held back by it
    const other = await proxied.inject({
      method: 'GET',
      url: '/auth/login',
      headers: { 'x-forwarded-for': '198.51.100.8' },
    });
    expect(other.statusCode).toBe(302);
  });
});
