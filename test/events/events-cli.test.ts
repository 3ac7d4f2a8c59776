import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { type HourFile, startHourFileServer } from '../support/hour-file-server.ts';
import { identityBeside, runCli } from '../support/run-cli.ts';

const BIN = fileURLToPath(new URL('../../bin/gitpulse.mjs', import.meta.url));
const EVENTS = 5000;
// One hour of trimmed 2026 WatchEvents, each with its own id.
const hourLines = Array.from({ length: EVENTS }, (_, i) =>
  JSON.stringify({
    id: String(60_000_000_000 + i),
    type: 'WatchEvent',
    actor: { id: 1000 + i, login: `stargazer-${i}` },
    repo: { id: 4242 + (i % 7), name: `acme/repo-${i % 7}` },
    payload: { action: 'started' },
    public: true,
    created_at: `2026-03-02T00:${String(Math.floor(i / 100) % 60).padStart(2, '0')}:00Z`,
  }),
);
const hourGz = gzipSync(`${hourLines.join('\n')}\n`);
const files = new Map<string, HourFile>();

let db: Database;
let server: Awaited<ReturnType<typeof startHourFileServer>>;
let home: string;
let configPath: string;
let requested: string[] = [];

beforeAll(async () => {
  db = await createFreshDatabase();
  server = await startHourFileServer(files, (name) => requested.push(name));
  home = mkdtempSync(join(tmpdir(), 'gitpulse-events-cli-'));
  configPath = join(home, 'gitpulse.config.yaml');
  // Chunks of 1,000 lines: five to the hour, three of them sent before the kill.
  writeFileSync(configPath, 'events:\n  batch_size: 1000\n');
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const env = () => ({ DATABASE_URL: db.url, GITPULSE_HOME: home, GITHUB_TOKEN: undefined });
const cli = (args: string[]) => runCli(['--config', configPath, ...args], env());
const sqlJson = async (query: string) => {
  const result = await cli(['events', 'sql', query, '--format', 'json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, number | string>[];
};

/** Starts `events import` of one hour in the background, resolved once the hour file was requested. */
async function importInBackground(hour: string) {
  requested = [];
  const child = spawn(
    process.execPath,
    [BIN, '--config', configPath, 'events', 'import', '--from', hour, '--to', hour, '--base-url', server.url],
    {
      env: {
        ...process.env,
        ...env(),
        IDENTITY_DATABASE_URL: await identityBeside(db.url),
        GITHUB_TOKEN: '',
        LOG_LEVEL: 'warn',
      },
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (requested.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(requested).toHaveLength(1);
  return { child, exited };
}

describe('gitpulse events on the embedded store', () => {
  it('kill -9 in the middle of an hour, then the same import: exactly the events of the hour, none twice', async () => {
    // The first 60% of the file at once, the rest never (until the kill): the chunks before land meanwhile.
    files.set('2026-03-02-0.json.gz', {
      bytes: hourGz,
      sendFirst: Math.floor(hourGz.length * 0.6),
      holdMs: 120_000,
    });
    const { child, exited } = await importInBackground('2026-03-02T00');
    await new Promise((r) => setTimeout(r, 4000));
    child.kill('SIGKILL');
    await exited;

    const ledger = await db.pool.query('SELECT status FROM ops.gharchive_hours');
    expect(ledger.rows).toEqual([{ status: 'running' }]);
    const [partial] = await sqlJson('SELECT count() AS n FROM github_events');
    expect(Number(partial?.n)).toBeGreaterThan(0);
    expect(Number(partial?.n)).toBeLessThan(EVENTS);

    files.set('2026-03-02-0.json.gz', hourGz);
    const again = await cli([
      'events',
      'import',
      '--from',
      '2026-03-02T00',
      '--to',
      '2026-03-02T00',
      '--base-url',
      server.url,
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^1 hour\(s\) imported, 0 already done, 0 failed: 5000 events/);
    const [counts] = await sqlJson(
      'SELECT count() AS n, uniqExact(id) AS ids, min(id) AS first, max(id) AS last FROM github_events',
    );
    expect(counts).toEqual({
      n: EVENTS,
      ids: EVENTS,
      first: '60000000000',
      last: String(60_000_000_000 + EVENTS - 1),
    });
  });

  it('events status reports types, sources, hours and disk; --json for scripts', async () => {
    const result = await cli(['events', 'status', '--json']);
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.store.kind).toBe('chdb');
    expect(status.events).toBe(EVENTS);
    expect(status.byType).toMatchObject([{ type: 'WatchEvent', source: 'gharchive', events: EVENTS }]);
    expect(status.hours).toMatchObject([{ status: 'succeeded', hours: 1, events: EVENTS }]);
    expect(status.store.bytes).toBeGreaterThan(0);
    const text = await cli(['events', 'status']);
    expect(text.stdout).toContain('Events per type and source');
  });

  it('a missing hour fails the import with exit 1 naming the hour and the retry', async () => {
    const result = await cli([
      'events',
      'import',
      '--from',
      '2026-03-03T05',
      '--to',
      '2026-03-03T05',
      '--base-url',
      server.url,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/1 hour\(s\) failed: 2026-03-03T05 \(HTTP 404/);
    expect(result.stderr).toContain('run the same import again');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses writes through events sql, and bad hours, with exit 2', async () => {
    const drop = await cli(['events', 'sql', 'DROP TABLE github_events_store']);
    expect(drop.code).toBe(2);
    expect(drop.stderr).toMatch(/refused the query: .*readonly/);
    const badHour = await cli(['events', 'import', '--from', '2026-03-02', '--to', '2026-03-02T01']);
    expect(badHour.code).toBe(2);
    expect(badHour.stderr).toContain('--from 2026-03-02 is not an hour');
    const [still] = await sqlJson('SELECT count() AS n FROM github_events');
    expect(still?.n).toBe(EVENTS);
  });

  it('a second process on the same embedded store gets a clear error at once, not a hang', async () => {
    files.set('2026-03-04-0.json.gz', { bytes: hourGz, sendFirst: 10, holdMs: 120_000 });
    const { child, exited } = await importInBackground('2026-03-04T00');
    try {
      const started = Date.now();
      const status = await cli(['events', 'status']);
      expect(status.code).toBe(2);
      expect(status.stderr).toMatch(/events store at .* is in use by another gitpulse process/);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  });
});
