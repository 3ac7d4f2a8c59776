import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyClickHouseMigrations,
  CLICKHOUSE_MIGRATIONS_DIR,
  statementsOf,
} from '../../src/clickhouse/apply-clickhouse-migrations.ts';
import type { ClickHouse } from '../../src/clickhouse/clickhouse-connection.ts';
import { clusterStatements } from '../../src/clickhouse/cluster-layout.ts';
import { connectClickHouseServer } from '../../src/clickhouse/server-connection.ts';
import type { Database } from '../../src/db/database.ts';
import { runEventsImport } from '../../src/pipeline/run-events-import.ts';
import { hoursBetween, parseHour } from '../../src/sources/gharchive/hour-files.ts';
import { readMigrationFiles } from '../../src/sql/read-migration-files.ts';
import { openTestEventsStore } from '../support/events-store.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { type HourFile, startHourFileServer } from '../support/hour-file-server.ts';

const SAMPLE = gunzipSync(
  readFileSync(new URL('../../data/gharchive-samples/sample.small.json.gz', import.meta.url)),
);
const sampleLines = SAMPLE.toString('utf8')
  .split('\n')
  .filter((line) => line.trim());
const gz = (lines: string[]) => gzipSync(`${lines.join('\n')}\n`);

// GitHub's trimmed payloads since 2025-10-07, written out by hand from the shapes GH Archive documents.
const trimmed = [
  {
    id: '50000000001',
    type: 'PushEvent',
    actor: { id: 101, login: 'alice' },
    repo: { id: 777, name: 'acme/widget' },
    org: { id: 9, login: 'acme' },
    payload: {
      repository_id: 777,
      push_id: 123,
      ref: 'refs/heads/main',
      head: 'a'.repeat(40),
      before: 'b'.repeat(40),
    },
    public: true,
    created_at: '2026-03-01T10:15:00Z',
  },
  {
    id: '50000000002',
    type: 'PullRequestEvent',
    actor: { id: 102, login: 'bob' },
    repo: { id: 777, name: 'acme/widget' },
    payload: {
      action: 'opened',
      number: 42,
      pull_request: {
        id: 9001,
        number: 42,
        url: 'https://api.github.com/repos/acme/widget/pulls/42',
        head: { ref: 'feature', sha: 'c'.repeat(40), repo: { id: 777 } },
        base: { ref: 'main', sha: 'd'.repeat(40), repo: { id: 777 } },
      },
    },
    public: true,
    created_at: '2026-03-01T10:20:00Z',
  },
  {
    id: '50000000003',
    type: 'IssuesEvent',
    actor: { id: 103, login: 'carol' },
    repo: { id: 777, name: 'acme/widget' },
    payload: { action: 'opened', issue: { number: 7, title: 'Broken' } },
    public: true,
    created_at: '2026-03-01T10:30:00Z',
  },
  {
    id: '50000000004',
    type: 'WatchEvent',
    actor: { id: 104, login: 'dave' },
    repo: { id: 777, name: 'acme/widget' },
    payload: { action: 'started' },
    public: true,
    created_at: '2026-03-01T10:40:00Z',
  },
].map((event) => JSON.stringify(event));

const malformed = [
  trimmed[3] as string,
  '{"type": "WatchEvent", "created_at": ',
  JSON.stringify({ type: 'WatchEvent', actor: { login: 'x' }, payload: {} }),
  '[1, 2, 3]',
  JSON.stringify({
    id: '50000000099',
    type: 'ForkEvent',
    actor: { id: 1, login: 'erin' },
    repo: { id: 778, name: 'acme/other' },
    payload: {},
    created_at: '2026-03-01T11:00:00Z',
  }),
];

// 250 lines read in chunks of 100: rejects and blank lines in later chunks keep the hour's line numbers.
const chunked = Array.from({ length: 250 }, (_, i) =>
  JSON.stringify({
    id: String(51_000_000_000 + i),
    type: 'WatchEvent',
    actor: { id: 500 + i, login: `watcher-${i}` },
    repo: { id: 900 + (i % 2), name: `acme/repo-${i % 2}` },
    payload: { action: 'started' },
    created_at: '2026-03-01T14:00:00Z',
  }),
);
chunked[99] = ''; // line 100, the last of the first chunk
chunked[100] = `not json ${'é'.repeat(1200)}`; // line 101, the first of the second: kept to 1,000 characters
chunked[204] = JSON.stringify({ id: 'x', type: 'Push', created_at: '2026-03-01T14:00:00Z' }); // line 205
chunked[249] = '   '; // line 250, the last line

const sampleGz = gz(sampleLines);
const files = new Map<string, HourFile>([
  ['2021-01-01-0.json.gz', sampleGz],
  ['2021-01-01-1.json.gz', sampleGz], // the same events again: must not count twice
  ['2026-03-01-10.json.gz', gz(trimmed)],
  ['2026-03-01-11.json.gz', gz(malformed)],
  ['2026-03-01-12.json.gz', sampleGz.subarray(0, Math.floor(sampleGz.length / 2))], // truncated gzip
  // 2026-03-01-13 is missing: a 404
  ['2026-03-01-14.json.gz', gz(chunked)],
  ['2026-03-01-15.json.gz', gz(chunked)],
  // The trimmed events again (new ids) beside a broken line: read line by line, not as JSONEachRow rows.
  [
    '2026-03-01-16.json.gz',
    gz(['{"broken', ...trimmed.map((line) => line.replace('"5000000000', '"5300000000'))]),
  ],
  ['2026-03-01-17.json.gz', gz(trimmed.map((line) => line.replace('"5000000000', '"5400000000')))],
]);

let db: Database;
let clickhouse: ClickHouse;
let server: Awaited<ReturnType<typeof startHourFileServer>>;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  db = await createFreshDatabase();
  clickhouse = await openTestEventsStore();
  server = await startHourFileServer(files);
});
afterAll(async () => {
  await server?.close();
  await clickhouse?.close();
  await db?.close();
});

const importHours = (from: string, to: string, batchSize = 250) =>
  runEventsImport({
    db,
    clickhouse,
    logger,
    baseUrl: server.url,
    hours: hoursBetween(parseHour(from, '--from'), parseHour(to, '--to')),
    batchSize,
  });

const countByType = async () =>
  Object.fromEntries(
    (
      await clickhouse.query<{ type: string; n: string }>(
        'SELECT type, count() AS n FROM github_events GROUP BY type',
      )
    ).map((row) => [row.type, Number(row.n)]),
  );

describe('events store migrations', () => {
  it('apply once, are recorded in the ledger, and a changed applied file is refused', async () => {
    expect(await applyClickHouseMigrations(clickhouse)).toEqual([]);
    const ledger = await clickhouse.query<{ name: string }>(
      'SELECT name FROM gitpulse_schema_migrations FINAL ORDER BY version',
    );
    expect(ledger.map((row) => row.name)).toEqual(
      readMigrationFiles(CLICKHOUSE_MIGRATIONS_DIR).map((f) => f.name),
    );
    const edited = readMigrationFiles(CLICKHOUSE_MIGRATIONS_DIR).map((file, i) =>
      i === 0 ? { ...file, checksum: 'f'.repeat(64) } : file,
    );
    await expect(applyClickHouseMigrations(clickhouse, edited)).rejects.toThrow(
      /ClickHouse migration 0001_github_events\.sql was changed after it was applied/,
    );
  });

  it("the cluster layout's statements parse as ClickHouse SQL (no cluster runs here to apply them)", async () => {
    const formatted: string[] = [];
    for (const file of readMigrationFiles(CLICKHOUSE_MIGRATIONS_DIR)) {
      for (const statement of statementsOf(file.sql).flatMap((s) =>
        clusterStatements(s, 'gitpulse', file.name),
      )) {
        const [parsed] = await clickhouse.query<{ q: string }>(
          'SELECT formatQuerySingleLine({sql:String}) AS q',
          {
            sql: statement,
          },
        );
        expect(parsed?.q).toMatch(/ON CLUSTER gitpulse/);
        formatted.push(parsed?.q ?? '');
      }
    }
    // the single-node table becomes a replicated one on each shard behind a Distributed one of its name
    expect(formatted.filter((q) => q.startsWith('CREATE TABLE'))).toEqual([
      expect.stringMatching(
        /^CREATE TABLE IF NOT EXISTS github_events_local ON CLUSTER gitpulse .*ENGINE = ReplicatedReplacingMergeTree\('\/clickhouse\/tables\/\{shard\}\/gitpulse\/github_events_local', '\{replica\}', inserted_at\) PARTITION BY toYYYYMM\(created_at\) ORDER BY \(repo_id, created_at, id\)/,
      ),
      'CREATE TABLE IF NOT EXISTS github_events_store ON CLUSTER gitpulse AS github_events_local ENGINE = Distributed(gitpulse, currentDatabase(), github_events_local, cityHash64(repo_id))',
      // client events: every copy of one on the shard of its repository, where FINAL finds them
      expect.stringMatching(
        /^CREATE TABLE IF NOT EXISTS client_events_local ON CLUSTER gitpulse .*ENGINE = ReplicatedReplacingMergeTree\('\/clickhouse\/tables\/\{shard\}\/gitpulse\/client_events_local', '\{replica\}', inserted_at\) PARTITION BY toYYYYMM\(received_at\) ORDER BY \(repository, user_id, id\)/,
      ),
      'CREATE TABLE IF NOT EXISTS client_events_store ON CLUSTER gitpulse AS client_events_local ENGINE = Distributed(gitpulse, currentDatabase(), client_events_local, cityHash64(repository))',
    ]);
    expect(() =>
      clusterStatements(
        'CREATE TABLE IF NOT EXISTS other (x UInt8) ENGINE = MergeTree ORDER BY x',
        'c',
        '0009_other.sql',
      ),
    ).toThrow(/0009_other\.sql creates other, which has no cluster layout/);
  });
});

describe('events import', () => {
  it('imports real GH Archive events of both shapes: counts per type equal the file', async () => {
    const result = await importHours('2021-01-01T00', '2021-01-01T00');
    expect(result.failed).toEqual([]);
    // Counted here from the file itself, independently of the importer.
    const expected: Record<string, number> = {};
    for (const line of sampleLines) {
      const type = (JSON.parse(line) as { type: string }).type;
      expected[type] = (expected[type] ?? 0) + 1;
    }
    expect(sampleLines).toHaveLength(1304);
    expect(await countByType()).toEqual(expected);

    // The pre-2015 shape: actor as a login, a repository object, a time with an offset.
    const [old] = await clickhouse.query<Record<string, unknown>>(
      "SELECT actor_login, repo_id, repo_name, toString(created_at) AS created_at, ref, length(id) AS id_length FROM github_events WHERE actor_login = 'Krack54' AND type = 'PushEvent' LIMIT 1",
    );
    expect(old).toMatchObject({
      actor_login: 'Krack54',
      repo_id: 16133014,
      repo_name: 'Nitix/Crazy-Charly-Day',
      created_at: '2014-01-23 12:03:29',
      ref: 'refs/heads/master',
      id_length: 32,
    });
    // Its id is derived from the line as it always was, so an hour imported before keeps its ids.
    const line = sampleLines.find((l) => l.includes('"Krack54"') && l.includes('"PushEvent"')) as string;
    const derived = `h${createHash('sha256').update(line).digest('hex').slice(0, 31)}`;
    const [byId] = await clickhouse.query<{ n: string }>(
      'SELECT count() AS n FROM github_events WHERE id = {id:String}',
      { id: derived },
    );
    expect(Number(byId?.n)).toBe(1);
    // The Events API shape: ids, actor and repo objects, the org.
    const modern = sampleLines.map((l) => JSON.parse(l)).find((e) => e.id && e.org && e.repo);
    const [row] = await clickhouse.query<Record<string, unknown>>(
      'SELECT actor_id, actor_login, repo_id, repo_name, org_login FROM github_events WHERE id = {id:String}',
      { id: String(modern.id) },
    );
    expect(row).toEqual({
      actor_id: modern.actor.id,
      actor_login: modern.actor.login,
      repo_id: modern.repo.id,
      repo_name: modern.repo.name,
      org_login: modern.org.login,
    });
  });

  it('the same events imported again under another hour are stored once', async () => {
    const before = await countByType();
    const result = await importHours('2021-01-01T01', '2021-01-01T01', 100);
    expect(result.imported).toEqual([{ hour: '2021-01-01T01', events: 1304, rejected: 0, skipped: 0 }]);
    expect(await countByType()).toEqual(before);
  });

  it("reads GitHub's trimmed 2026 payloads: numbers, refs and actions from what is left", async () => {
    await importHours('2026-03-01T10', '2026-03-01T10');
    const rows = await clickhouse.query<Record<string, unknown>>(
      'SELECT id, type, action, number, ref, merged, org_login FROM github_events WHERE repo_id = 777 ORDER BY id',
    );
    expect(rows).toEqual([
      {
        id: '50000000001',
        type: 'PushEvent',
        action: '',
        number: 0,
        ref: 'refs/heads/main',
        merged: false,
        org_login: 'acme',
      },
      {
        id: '50000000002',
        type: 'PullRequestEvent',
        action: 'opened',
        number: 42,
        ref: '',
        merged: false,
        org_login: '',
      },
      {
        id: '50000000003',
        type: 'IssuesEvent',
        action: 'opened',
        number: 7,
        ref: '',
        merged: false,
        org_login: '',
      },
      {
        id: '50000000004',
        type: 'WatchEvent',
        action: 'started',
        number: 0,
        ref: '',
        merged: false,
        org_login: '',
      },
    ]);
  });

  it('malformed lines are rejected with their line numbers and the hour still succeeds; a truncated gzip and a 404 fail their hours with the reason', async () => {
    const result = await importHours('2026-03-01T11', '2026-03-01T13');
    expect(result.imported).toEqual([{ hour: '2026-03-01T11', events: 2, rejected: 3, skipped: 0 }]);
    expect(result.failed.map((f) => f.hour)).toEqual(['2026-03-01T12', '2026-03-01T13']);
    expect(result.failed[0]?.error).toMatch(/truncated or not gzip: unexpected end of file/);
    expect(result.failed[1]?.error).toMatch(/HTTP 404/);

    const rejects = await db.pool.query(
      "SELECT line_number, reason FROM ops.gharchive_rejects WHERE hour = '2026-03-01T11:00:00Z' ORDER BY line_number",
    );
    expect(rejects.rows.map((r) => r.line_number)).toEqual([2, 3, 4]);
    expect(rejects.rows[0].reason).toMatch(/^not JSON/);
    expect(rejects.rows[1].reason).toMatch(/no valid created_at/);
    expect(rejects.rows[2].reason).toBe('not a JSON object');
    const ledger = await db.pool.query(
      "SELECT to_char(hour AT TIME ZONE 'UTC', 'HH24') AS h, status, events, rejected, error IS NOT NULL AS has_error, checksum IS NOT NULL AS has_checksum FROM ops.gharchive_hours WHERE hour >= '2026-03-01T11:00:00Z' ORDER BY hour",
    );
    expect(ledger.rows).toEqual([
      { h: '11', status: 'succeeded', events: 2, rejected: 3, has_error: false, has_checksum: true },
      // Batches stored before the gzip ended stay (a retry stores them once more, deduplicated).
      { h: '12', status: 'failed', events: 750, rejected: 0, has_error: true, has_checksum: false },
      { h: '13', status: 'failed', events: 0, rejected: 0, has_error: true, has_checksum: false },
    ]);
  });

  it('a second import of the range skips finished hours and retries the failed ones', async () => {
    files.set('2026-03-01-13.json.gz', gz([trimmed[0] as string]));
    const result = await importHours('2026-03-01T10', '2026-03-01T13');
    expect(result.skippedHours).toBe(2);
    expect(result.imported.map((h) => h.hour)).toEqual(['2026-03-01T13']);
    expect(result.failed.map((h) => h.hour)).toEqual(['2026-03-01T12']);
    const rejects = await db.pool.query('SELECT count(*)::int AS n FROM ops.gharchive_rejects');
    expect(rejects.rows[0].n).toBe(3);
  });

  it('rejects and blank lines past the first chunk keep the line numbers of the hour', async () => {
    const result = await importHours('2026-03-01T14', '2026-03-01T14', 100);
    expect(result.imported).toEqual([{ hour: '2026-03-01T14', events: 246, rejected: 2, skipped: 0 }]);
    const rejects = await db.pool.query(
      "SELECT line_number, reason, line FROM ops.gharchive_rejects WHERE hour = '2026-03-01T14:00:00Z' ORDER BY line_number",
    );
    expect(rejects.rows).toEqual([
      { line_number: 101, reason: 'not JSON', line: chunked[100]?.slice(0, 1000) },
      { line_number: 205, reason: 'no event type (type: "Push")', line: chunked[204] },
    ]);
    const [stored] = await clickhouse.query<{ n: string; first: string; last: string }>(
      "SELECT count() AS n, min(id) AS first, max(id) AS last FROM github_events WHERE created_at = '2026-03-01 14:00:00'",
    );
    expect({ ...stored, n: Number(stored?.n) }).toEqual({
      n: 246,
      first: '51000000000',
      last: '51000000248',
    });
  });

  it("--only-tracked stores the tracked repositories' events and counts the others as skipped", async () => {
    await db.pool.query(
      `INSERT INTO warehouse.dim_repositories (repo_key, github_id, repo_full_name, owner)
       VALUES (1, 900, 'acme/repo-0', 'acme')`,
    );
    await clickhouse.command('TRUNCATE TABLE github_events_store');
    const result = await runEventsImport({
      db,
      clickhouse,
      logger,
      baseUrl: server.url,
      hours: [parseHour('2026-03-01T15', '--from')],
      batchSize: 100,
      onlyTracked: true,
    });
    expect(result.imported).toEqual([{ hour: '2026-03-01T15', events: 123, rejected: 2, skipped: 123 }]);
    const repos = await clickhouse.query<{ repo_id: number; n: string }>(
      'SELECT repo_id, count() AS n FROM github_events GROUP BY repo_id',
    );
    expect(repos.map((r) => [r.repo_id, Number(r.n)])).toEqual([[900, 123]]);
  });

  it('refuses a ClickHouse server: the engine reads the hour from files on this machine', async () => {
    const server = connectClickHouseServer('http://127.0.0.1:9/gitpulse');
    await expect(
      runEventsImport({
        db,
        clickhouse: server,
        logger,
        baseUrl: 'http://127.0.0.1:9',
        hours: [],
        batchSize: 100,
      }),
    ).rejects.toThrow(/loads GH Archive hours through the embedded engine/);
    await server.close();
  });

  it('a chunk read line by line (it has a broken line) stores the same rows as one read as JSON objects', async () => {
    const result = await importHours('2026-03-01T16', '2026-03-01T17');
    expect(result.imported.map((hour) => [hour.events, hour.rejected])).toEqual([
      [4, 1],
      [4, 0],
    ]);
    const rows = await clickhouse.query<Record<string, unknown>>(
      `SELECT substring(id, 6) AS n, type, created_at, actor_id, actor_login, repo_id, repo_name, org_login, action,
              number, ref, merged, payload
       FROM github_events WHERE id IN ('53000000001', '53000000002', '53000000003', '53000000004',
                                       '54000000001', '54000000002', '54000000003', '54000000004')
       ORDER BY id`,
    );
    expect(rows).toHaveLength(8);
    expect(rows.slice(4)).toEqual(rows.slice(0, 4));
  });
});
