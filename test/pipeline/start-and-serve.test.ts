import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { createFreshDatabase, freshDatabaseBeforeAll } from '../support/fresh-database.ts';
import { sharedDataset } from '../support/replay-client.ts';
import { identityBeside, runCli, whileCliRuns } from '../support/run-cli.ts';

const BIN = fileURLToPath(new URL('../../bin/gitpulse.mjs', import.meta.url));
const db = freshDatabaseBeforeAll({ migrate: false });

describe('gitpulse start without a token', () => {
  it("backfills the replay's last days with real star counts, and skips them when run again", async () => {
    const env = {
      DATABASE_URL: db().url,
      GITHUB_TOKEN: undefined,
      GITHUB_API_URL: undefined,
      GITPULSE_HOME: mkdtempSync(join(tmpdir(), 'gitpulse-start-')),
    };
    const first = await runCli(['start', '--days', '3', '--event-days', '0', '--no-serve'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const days = await db().pool.query<{ d: string }>(
      'SELECT DISTINCT snapshot_date AS d FROM analytics.repo_daily_growth ORDER BY 1',
    );
    expect(days.rows.map((r) => r.d)).toEqual(['2026-08-20', '2026-08-21', '2026-08-22']);
    const trending = await db().pool.query<{ github_id: number; stars: number }>(
      `SELECT d.github_id, t.stars FROM analytics.trending_repos_current t
       JOIN warehouse.dim_repositories d ON d.repo_full_name = t.repo_full_name AND d.is_current`,
    );
    expect(trending.rows.length).toBe(100);
    for (const row of trending.rows)
      expect(row.stars).toBe(sharedDataset().pointAt(row.github_id, '2026-08-22')?.stars);

    // The replay's GH Archive hours of those days went into the events store.
    const hours = await db().pool.query(
      'SELECT status, count(*)::int AS n FROM ops.gharchive_hours GROUP BY status',
    );
    expect(hours.rows).toEqual([{ status: 'succeeded', n: 72 }]);

    const again = await runCli(['start', '--days', '3', '--event-days', '0', '--no-serve'], env);
    expect(again.code).toBe(0);
    const runs = await db().pool.query(
      "SELECT count(*)::int AS n FROM warehouse.fact_workflow_runs WHERE status = 'succeeded'",
    );
    expect(runs.rows[0].n).toBe(3);
  }, 300_000);

  it('serve answers /healthz, the API and the dashboard', async () => {
    const port = await freePort();
    await whileCliRuns(
      ['serve', '--port', String(port), '--no-scheduler'],
      { DATABASE_URL: db().url },
      async (line) => {
        expect(line).toContain(`open http://127.0.0.1:${port}/`);
        expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({
          status: 'ok',
          database: 'reachable',
        });
        const trending = (await (await fetch(`http://127.0.0.1:${port}/api/trending?limit=1`)).json()) as {
          snapshot_date: string;
          items: { repo_full_name: string }[];
        };
        expect(trending.snapshot_date).toBe('2026-08-22');
        const top = await db().pool.query(
          'SELECT repo_full_name FROM analytics.trending_repos_current LIMIT 1',
        );
        expect(trending.items[0]?.repo_full_name).toBe(top.rows[0].repo_full_name);
        const page = await (await fetch(`http://127.0.0.1:${port}/`)).text();
        expect(page).toContain('<title>gitpulse</title>');
      },
    );
  });

  it('start serves at once and backfills behind the server, saying how far it is', async () => {
    const fresh = await createFreshDatabase({ migrate: false });
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [BIN, 'start', '--days', '3', '--event-days', '0', '--no-events', '--port', String(port)],
      {
        env: {
          ...process.env,
          DATABASE_URL: fresh.url,
          IDENTITY_DATABASE_URL: await identityBeside(fresh.url),
          LOG_LEVEL: 'warn',
          GITPULSE_HOME: mkdtempSync(join(tmpdir(), 'gitpulse-start-')),
          GITHUB_TOKEN: '',
          GITHUB_API_URL: '',
        },
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const waitFor = async (text: string) => {
      const deadline = Date.now() + 170_000;
      while (!stdout.includes(text) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return stdout.includes(text);
    };
    try {
      expect(await waitFor('gitpulse is serving')).toBe(true);
      // Answering before the first day is committed: the backfill is under way.
      const during = (await (await fetch(`http://127.0.0.1:${port}/api/about`)).json()) as {
        backfill: { done: number; days: number } | null;
      };
      expect(during.backfill).toMatchObject({ days: 3 });
      expect(during.backfill?.done).toBeLessThan(3);
      expect(await waitFor('gitpulse is ready')).toBe(true);
      // The last line names the address; the backfill is over and its days are served.
      expect(stdout.trim().split('\n').at(-1)).toContain(`open http://127.0.0.1:${port}/`);
      const after = (await (await fetch(`http://127.0.0.1:${port}/api/about`)).json()) as {
        backfill: unknown;
        data_source: string;
      };
      expect(after).toEqual({ backfill: null, data_source: 'replay' });
      const trending = (await (await fetch(`http://127.0.0.1:${port}/api/trending?limit=1`)).json()) as {
        snapshot_date: string;
      };
      expect(trending.snapshot_date).toBe('2026-08-22');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
      await fresh.close();
    }
  }, 240_000);

  it('on a terminal: progress bars and warnings only, a line naming the log file, the full log in it', async () => {
    const fresh = await createFreshDatabase({ migrate: false });
    const home = mkdtempSync(join(tmpdir(), 'gitpulse-tty-'));
    try {
      // script(1) gives the command a pseudo-terminal, as a person's shell would.
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: fresh.url,
        IDENTITY_DATABASE_URL: await identityBeside(fresh.url),
        GITPULSE_HOME: home,
        TERM: 'xterm',
      };
      delete env.LOG_LEVEL;
      delete env.GITHUB_TOKEN;
      delete env.GITHUB_API_URL;
      const command = `${process.execPath} ${BIN} start --days 2 --event-days 0 --no-events --no-serve`;
      const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env });
      let screen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        screen += chunk.toString();
      });
      const [code] = (await once(child, 'exit')) as [number];
      expect(code).toBe(0);
      expect(screen).toContain('No GITHUB_TOKEN: collecting from the offline GitHub replay');
      expect(screen).toContain(`Full log: ${home}/logs/gitpulse.log`);
      expect(screen).toMatch(/backfill \[[=-]+\] 2\/2 days/);
      expect(screen).not.toMatch(/INFO|"level":30|pipeline run committed/);
      const log = readFileSync(join(home, 'logs', 'gitpulse.log'), 'utf8');
      expect(log.match(/pipeline run committed/g)).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  }, 240_000);
});
