import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { isPersonalToken } from '../../src/identity/tokens/personal-token.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { runCli } from '../support/run-cli.ts';

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });

describe('gitpulse token and users, as the local admin', () => {
  it('creates a token printed once, lists it by its last four, revokes it, and says when none is left to revoke', async () => {
    const created = await cli(
      'token',
      'create',
      '--name',
      'ci',
      '--scope',
      'read',
      'track',
      '--expires',
      '30',
    );
    expect(created.code).toBe(0);
    const [token, summary] = created.stdout.trim().split('\n');
    expect(isPersonalToken(token ?? '')).toBe(true);
    expect(summary).toMatch(/token \d+ "ci" of local: read, track, expires \d{4}-\d\d-\d\dT/);

    const listed = await cli('token', 'list', '--json');
    const rows = JSON.parse(listed.stdout) as { token_id: number; last_four: string; owner: string }[];
    expect(rows).toEqual([expect.objectContaining({ owner: 'local', last_four: token?.slice(-4) })]);
    expect(listed.stdout).not.toContain(token);

    const revoked = await cli('token', 'revoke', String(rows[0]?.token_id));
    expect(revoked).toMatchObject({ code: 0, stdout: `token ${rows[0]?.token_id} revoked\n` });
    const again = await cli('token', 'revoke', String(rows[0]?.token_id));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`No live token ${rows[0]?.token_id}`);
  });

  it('lists the local admin; refuses an unknown role and an unknown user with exit 2, naming them', async () => {
    const users = await cli('users', 'list', '--json');
    expect(JSON.parse(users.stdout)).toEqual([expect.objectContaining({ login: 'local', role: 'admin' })]);
    const bad = await cli('users', 'role', 'local', 'owner');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('owner is not a role');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const missing = await cli('token', 'create', '--name', 'x', '--user', 'nobody-here');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No user nobody-here');
  });
});
