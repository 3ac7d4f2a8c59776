import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WAREHOUSE_MIGRATIONS } from '../../src/db/migrations/apply-migrations.ts';
import { IDENTITY_MIGRATIONS } from '../../src/identity/identity-database.ts';
import { readMigrationFiles } from '../../src/sql/read-migration-files.ts';
import { freePort } from '../support/free-port.ts';
import { freshDatabaseBeforeAll } from '../support/fresh-database.ts';
import { runCli } from '../support/run-cli.ts';

const BIN = fileURLToPath(new URL('../../bin/gitpulse.mjs', import.meta.url));

const migrationCount = readMigrationFiles(WAREHOUSE_MIGRATIONS.dir).length;
const identityMigrationCount = readMigrationFiles(IDENTITY_MIGRATIONS.dir).length;
const db = freshDatabaseBeforeAll({ migrate: false });

describe('gitpulse CLI on DATABASE_URL', () => {
  it('migrate applies everything once, then nothing', async () => {
    const first = await runCli(['migrate'], { DATABASE_URL: db().url });
    expect(first).toMatchObject({
      code: 0,
      stdout: `${migrationCount + identityMigrationCount} migration(s) applied\n`,
    });
    const second = await runCli(['migrate'], { DATABASE_URL: db().url });
    expect(second).toMatchObject({ code: 0, stdout: '0 migration(s) applied\n' });
    const status = await runCli(['migrate', '--status'], { DATABASE_URL: db().url });
    expect(status.stdout).toContain('0008_analytics_views.sql');
    expect(status.stdout).not.toContain('pending');
  });

  it('status prints row counts per table', async () => {
    const result = await runCli(['status'], { DATABASE_URL: db().url });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Rows per table');
    expect(result.stdout).toMatch(/warehouse\s*│\s*dim_render_services\s*│\s*8/);
    expect(result.stdout).toContain('latest snapshot date: none yet');
  });

  it('an invalid config exits 2 naming the file, line and key, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gitpulse-cli-'));
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'retention:\n  raw_days: -3\n');
    const result = await runCli(['--config', path, 'status'], { DATABASE_URL: db().url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path}:2: retention.raw_days: Too small`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('db reset needs --yes, and unknown commands are usage errors', async () => {
    expect((await runCli(['db', 'reset'], { DATABASE_URL: db().url })).code).toBe(2);
    expect((await runCli(['no-such-command'], { DATABASE_URL: db().url })).code).toBe(2);
    const reset = await runCli(['db', 'reset', '--yes'], { DATABASE_URL: db().url });
    expect(reset).toMatchObject({
      code: 0,
      stdout: `database reset; ${migrationCount} migration(s) applied\nidentity database reset; ${identityMigrationCount} migration(s) applied\n`,
    });
  });

  it('an unreachable DATABASE_URL is a clear error', async () => {
    const port = await freePort();
    const result = await runCli(['status'], { DATABASE_URL: `postgres://u:secret@127.0.0.1:${port}/x` });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot connect to PostgreSQL at postgres://u:***@127.0.0.1:${port}/x`);
    expect(result.stderr).not.toContain('secret');
  });

  it('every command has --help', async () => {
    for (const args of [['--help'], ['migrate', '--help'], ['status', '--help'], ['db', 'reset', '--help']]) {
      const result = await runCli(args, { DATABASE_URL: db().url });
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: gitpulse');
    }
  });
});

describe('gitpulse CLI on the embedded server', () => {
  it('starts PostgreSQL from the npm package under GITPULSE_HOME, migrates, and stops it on exit', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gitpulse-home-'));
    const env = { DATABASE_URL: undefined, GITPULSE_HOME: home, GITPULSE_PG_PORT: String(await freePort()) };
    const first = await runCli(['migrate'], env);
    expect(first.stderr).toBe('');
    expect(first).toMatchObject({
      code: 0,
      stdout: `${migrationCount + identityMigrationCount} migration(s) applied\n`,
    });
    expect(existsSync(join(home, 'pgdata', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(home, 'pgdata', 'postmaster.pid'))).toBe(false);
    const second = await runCli(['migrate'], env);
    expect(second).toMatchObject({ code: 0, stdout: '0 migration(s) applied\n' });
  });

  /** `serve` on the embedded server; `detached` makes it lead a process group, as a shell's command does. */
  async function startServe(detached: boolean) {
    const home = mkdtempSync(join(tmpdir(), 'gitpulse-home-'));
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', String(await freePort()), '--no-scheduler'],
      {
        detached,
        env: {
          ...process.env,
          DATABASE_URL: '',
          GITPULSE_HOME: home,
          GITPULSE_PG_PORT: String(await freePort()),
          LOG_LEVEL: 'warn',
          GITHUB_TOKEN: 'x',
        },
      },
    );
    const output = { stderr: '' };
    child.stderr.on('data', (chunk: Buffer) => {
      output.stderr += chunk.toString();
    });
    await once(child.stdout, 'data');
    const stopped = async () => {
      const [code] = (await once(child, 'exit')) as [number];
      return { code, stderr: output.stderr.replace(/.*GITHUB_WEBHOOK_SECRET.*\n?/g, '') };
    };
    return { child, home, stopped };
  }

  it('Ctrl-C stops serve cleanly: exit 0, PostgreSQL stopped, no error logged', async () => {
    const { child, home, stopped } = await startServe(false);
    expect(existsSync(join(home, 'pgdata', 'postmaster.pid'))).toBe(true);
    child.kill('SIGINT');
    expect(await stopped()).toEqual({ code: 0, stderr: '' });
    expect(existsSync(join(home, 'pgdata', 'postmaster.pid'))).toBe(false);
  });

  it('Ctrl-C on a terminal signals the whole process group: serve still stops cleanly, exit 0, no error', async () => {
    // A terminal's Ctrl-C sends SIGINT to every process of the foreground group.
    const { child, home, stopped } = await startServe(true);
    process.kill(-(child.pid as number), 'SIGINT');
    expect(await stopped()).toEqual({ code: 0, stderr: '' });
    expect(existsSync(join(home, 'pgdata', 'postmaster.pid'))).toBe(false);
  });

  it('a port another program holds (another checkout serving): a clear message naming it and GITPULSE_PG_PORT, exit 2, no data directory', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gitpulse-home-'));
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runCli(['status'], {
        DATABASE_URL: undefined,
        GITPULSE_HOME: home,
        GITPULSE_PG_PORT: String(port),
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is in use`);
      expect(result.stderr).toContain('GITPULSE_PG_PORT');
      expect(result.stderr).not.toMatch(/TypeError|\n\s+at /);
      expect(existsSync(join(home, 'pgdata', 'PG_VERSION'))).toBe(false);
    } finally {
      holder.close();
    }
  });
});
