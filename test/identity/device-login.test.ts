import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { listAuditEvents } from '../../src/identity/audit/audit-log.ts';
import type { IdentityDatabase } from '../../src/identity/identity-database.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { type GitHubModeServer, startGitHubModeServer } from '../support/github-mode-server.ts';
import { type CliResult, cliEnv, runCli } from '../support/run-cli.ts';

/*
 * `gitpulse login` / `logout` against a server in auth.mode github whose
 * GitHub is the replay: the real CLI in a child process shows the code, the
 * test enters it on the replay's /login/device page as one of its users, and
 * the CLI keeps the gitpulse token it gets.
 */
const BIN = fileURLToPath(new URL('../../bin/gitpulse.mjs', import.meta.url));

/** gitpulse in auth.mode github on the replay; its identity database and address are used the most. */
let gitpulse: GitHubModeServer;
let identity: IdentityDatabase;
let server: string;
const keep = closeAfterAll();
beforeAll(async () => {
  // GitHub says 5 s between polls; 1 s keeps the tests short. No admins: an admin-scoped
  // token may revoke any token, which would hide whether one may revoke itself.
  gitpulse = await startGitHubModeServer(keep, { replay: { deviceInterval: 1 } });
  ({ identity, url: server } = gitpulse);
}, 120_000);

/** A GITPULSE_HOME of the test's own, so what one test stores is not another's. */
const freshHome = () => mkdtempSync(join(tmpdir(), 'gitpulse-login-'));
const credentialsOf = (home: string) => join(home, 'credentials.json');

/**
 * Runs `gitpulse login` and enters the code it shows on the replay's device
 * page as `login`, as a person would in their browser.
 */
async function loginAs(login: string, home: string, args: string[] = []): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, 'login', '--url', server, ...args], {
    env: await cliEnv({ GITPULSE_HOME: home }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  const exited = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })),
  );
  const shown = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /^Open (\S+) and enter (\S+)/m.exec(stderr);
      if (match) resolve(match);
    });
    void exited.then(() => reject(new Error(`gitpulse login exited before showing a code: ${stderr}`)));
  });
  const [, verificationUri, userCode] = shown as unknown as [string, string, string];
  expect(verificationUri).toBe(`${gitpulse.replay.url}/login/device`);
  const page = await fetch(`${verificationUri}?${new URLSearchParams({ user_code: userCode, login })}`);
  expect(await page.text()).toContain('Device activated');
  return exited;
}

const me = (token: string) => fetch(`${server}/api/me`, { headers: { authorization: `Bearer ${token}` } });
const githubTokensOf = (login: string) =>
  [...gitpulse.replay.signIn.tokens].filter(([, holder]) => holder.login === login).map(([token]) => token);

describe('gitpulse login', () => {
  it('signs a member of an allowed org in with the device flow and keeps a 0600 token that works, stored nowhere in clear', async () => {
    const home = freshHome();
    const result = await loginAs('ada', home, ['--name', 'laptop']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Signed in to ${server} as ada (viewer)`);

    const file = credentialsOf(home);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const { servers } = JSON.parse(readFileSync(file, 'utf8')) as {
      servers: { url: string; login: string; token: string; token_id: number }[];
    };
    expect(servers).toEqual([expect.objectContaining({ url: server, login: 'ada' })]);
    const token = servers[0]?.token as string;
    expect(token).toMatch(/^gpt_[0-9A-Za-z]{36}$/);

    const answer = await me(token);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ login: 'ada', role: 'viewer', via: 'personal_token' });

    const { rows: tokens } = await identity.pool.query(
      `SELECT t.name, t.scopes, t.expires_at - t.created_at AS lifetime, t.github_token_sealed IS NOT NULL AS sealed
       FROM identity.api_tokens t WHERE t.token_id = $1`,
      [servers[0]?.token_id],
    );
    expect(tokens).toEqual([
      { name: 'laptop', scopes: ['read'], lifetime: expect.objectContaining({ days: 90 }), sealed: true },
    ]);
    // neither the gitpulse token nor the GitHub token behind it is in any row, in clear
    const secrets = [token, ...githubTokensOf('ada')];
    expect(secrets.length).toBeGreaterThan(1);
    for (const table of ['api_tokens', 'sessions', 'audit_log', 'users']) {
      const { rows } = await identity.pool.query(`SELECT r::text AS row FROM identity.${table} r`);
      for (const secret of secrets) expect(rows.some((r) => r.row.includes(secret))).toBe(false);
    }
    const events = await listAuditEvents(identity.pool, 10);
    expect(events).toContainEqual(
      expect.objectContaining({
        actor_login: 'ada',
        action: 'user.sign_in',
        details: expect.objectContaining({ via: 'device' }),
      }),
    );
  });

  it('refuses a GitHub user outside the allowed orgs, saying why, and stores nothing', async () => {
    const home = freshHome();
    const result = await loginAs('margaret', home);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refused the sign-in: margaret is not a member of gitpulse-demo');
    expect(result.stderr).toContain('auth.allowed_orgs');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(credentialsOf(home))).toBe(false);
    const { rows } = await identity.pool.query(
      "SELECT 1 FROM identity.api_tokens t JOIN identity.users u USING (user_id) WHERE u.login = 'margaret'",
    );
    expect(rows).toEqual([]);
    const [line] = await listAuditEvents(identity.pool, 1);
    expect(line).toMatchObject({
      actor_login: 'margaret',
      action: 'user.sign_in_refused',
      details: expect.objectContaining({ via: 'device' }),
    });
  });

  it('names the fix when the server does not offer sign-in with GitHub (auth.mode local)', async () => {
    const local = await createServer(gitpulse.db, { identity });
    await local.listen({ port: 0, host: '127.0.0.1' });
    try {
      const url = `http://127.0.0.1:${(local.server.address() as { port: number }).port}`;
      const home = freshHome();
      const result = await runCli(['login', '--url', url], { GITPULSE_HOME: home });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${url} does not offer sign-in with GitHub`);
      expect(result.stderr).toContain('gitpulse token create');
      expect(existsSync(credentialsOf(home))).toBe(false);
    } finally {
      await local.close();
    }
  });
});

describe('the device endpoints', () => {
  it('answer 428 while the code is not entered, and 400 for a device code GitHub does not know', async () => {
    const started = await gitpulse.app.inject({ method: 'POST', url: '/auth/device/code' });
    expect(started.statusCode).toBe(200);
    const { device_code } = started.json() as { device_code: string };
    const pending = await gitpulse.app.inject({
      method: 'POST',
      url: '/auth/device/token',
      payload: { device_code },
    });
    expect(pending.statusCode).toBe(428);
    expect(pending.json()).toMatchObject({ error: 'authorization_pending' });
    const unknown = await gitpulse.app.inject({
      method: 'POST',
      url: '/auth/device/token',
      payload: { device_code: 'not-a-code' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: 'incorrect_device_code' });
  });
});

describe('gitpulse logout', () => {
  it('revokes the stored token (which may revoke itself, not another) and forgets it', async () => {
    const home = freshHome();
    expect((await loginAs('grace', home)).code).toBe(0);
    const first = JSON.parse(readFileSync(credentialsOf(home), 'utf8')) as { servers: { token: string }[] };
    // signing in again replaces the stored token, and the replaced one stops working
    expect((await loginAs('grace', home)).code).toBe(0);
    expect((await me(first.servers[0]?.token as string)).status).toBe(401);
    const [stored] = (
      JSON.parse(readFileSync(credentialsOf(home), 'utf8')) as { servers: { token: string }[] }
    ).servers;
    const token = stored?.token as string;
    expect((await me(token)).status).toBe(200);
    // a viewer's token may not revoke another token, even its owner's
    const other = await identity.pool.query<{ token_id: string }>(
      "INSERT INTO identity.api_tokens (user_id, name, scopes, secret_sha256, last_four) SELECT user_id, 'other', '{read}', repeat('a', 64), 'aaaa' FROM identity.users WHERE login = 'grace' RETURNING token_id",
    );
    const refused = await fetch(`${server}/api/tokens/${other.rows[0]?.token_id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(403);

    // GITPULSE_URL names the server this time
    const out = await runCli(['logout'], { GITPULSE_HOME: home, GITPULSE_URL: server });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`Signed out of ${server}: token \\d+ of grace revoked`));
    expect((await me(token)).status).toBe(401);
    expect(existsSync(credentialsOf(home))).toBe(false);
    const [line] = await listAuditEvents(identity.pool, 1);
    expect(line).toMatchObject({ actor_login: 'grace', action: 'token.revoke' });

    const again = await runCli(['logout', '--url', server], { GITPULSE_HOME: home });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Not signed in to ${server}`);
  }, 120_000);

  it('forgets a token the server already revoked, and keeps the other servers’ entries', async () => {
    const home = freshHome();
    expect((await loginAs('ada', home)).code).toBe(0);
    const elsewhere = 'http://gitpulse.example:3000';
    const file = credentialsOf(home);
    const { servers } = JSON.parse(readFileSync(file, 'utf8')) as { servers: { token_id: number }[] };
    // a second server's entry, and permissions someone loosened
    writeFileSync(
      file,
      JSON.stringify({
        servers: [
          ...servers,
          { url: elsewhere, login: 'ada', token: 'gpt_x', token_id: 1, expires_at: null },
        ],
      }),
    );
    chmodSync(file, 0o644);
    await identity.pool.query('UPDATE identity.api_tokens SET revoked_at = now() WHERE token_id = $1', [
      servers[0]?.token_id,
    ]);
    const out = await runCli(['logout', '--url', `${server}/`], { GITPULSE_HOME: home });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('no longer worked there');
    const left = JSON.parse(readFileSync(file, 'utf8')) as { servers: { url: string }[] };
    expect(left.servers.map((entry) => entry.url)).toEqual([elsewhere]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
