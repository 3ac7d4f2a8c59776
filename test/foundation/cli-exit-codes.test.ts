import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { freePort } from '../support/free-port.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { runCli } from '../support/run-cli.ts';

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

const failedRuns = async () =>
  (await db.pool.query("SELECT count(*)::int AS n FROM warehouse.fact_workflow_runs WHERE status = 'failed'"))
    .rows[0].n as number;
const noStack = /\n\s+at |TypeError|NaN/;

describe('exit codes and messages: bad input is exit 2 and names what to change', () => {
  it.each([
    [['serve', '--port', 'abc'], "option '--port <n>' argument 'abc' is invalid"],
    [['serve', '--port', '70000'], 'from 0 to 65535'],
    [['start', '--days', '0'], "option '--days <n>' argument '0' is invalid"],
    [['start', '--days', '-5'], 'from 1 to 92'],
    [['status', '--runs', 'ten'], "option '--runs <n>' argument 'ten' is invalid"],
  ])('%j', async (args, message) => {
    const result = await runCli(args, { DATABASE_URL: db.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(noStack);
  });

  it('ingest --date outside the replay: exit 2, the range named, no run recorded', async () => {
    const before = await failedRuns();
    const result = await runCli(['ingest', '--date', '2025-01-01'], {
      DATABASE_URL: db.url,
      GITHUB_TOKEN: undefined,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--date 2025-01-01');
    expect(result.stderr).toMatch(/from 2026-05-23 to 2026-08-22/);
    expect(result.stderr).toContain('GITHUB_TOKEN');
    expect(await failedRuns()).toBe(before);
  });

  it('serve on a port in use: exit 2 naming the port and --port', async () => {
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runCli(['serve', '--port', String(port), '--no-scheduler'], {
        DATABASE_URL: db.url,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is in use`);
      expect(result.stderr).toContain('--port');
      expect(result.stderr).not.toMatch(noStack);
    } finally {
      holder.close();
    }
  });

  it('GITHUB_API_URL that does not answer: warned while retrying, then exit 1 naming the address and the variable, run recorded', async () => {
    const before = await failedRuns();
    const result = await runCli(['ingest', '--only', 'trending'], {
      DATABASE_URL: db.url,
      GITHUB_TOKEN: 'not-used',
      GITHUB_API_URL: `http://127.0.0.1:${await freePort()}`,
      LOG_LEVEL: 'warn',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /GitHub at http:\/\/127\.0\.0\.1:\d+ cannot be reached \(.*ECONNREFUSED.*\); retrying/,
    );
    expect(result.stderr).toContain('check GITHUB_API_URL');
    expect(await failedRuns()).toBe(before + 1);
  }, 60_000);
});
