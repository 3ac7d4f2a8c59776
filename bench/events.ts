/**
 * The events store under load, on the embedded chDB:
 *  1. import rate and peak RSS of `gitpulse events import` (its own process): synthesized GH Archive hours of realistic size (150k events
 *     an hour by default; payloads are the real sample's events with new ids,
 *     times and repositories) through the same code as `gitpulse events
 *     import`, served over HTTP, against the engine's own bulk load of the
 *     same files in the same run (INSERT … SELECT FROM file(…, JSONEachRow));
 *  2. one repository's daily activity over a year with 10M events stored.
 *
 *   npm run bench:events   (BENCH_HOURS=2 BENCH_EVENTS_PER_HOUR=150000 BENCH_STORE_EVENTS=10000000)
 * Uses BENCH_DATABASE_URL when set, else an embedded PostgreSQL in a temp dir.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { applyClickHouseMigrations } from '../src/clickhouse/apply-clickhouse-migrations.ts';
import { openChdb } from '../src/clickhouse/chdb-connection.ts';
import { readRepoActivity } from '../src/events/events-queries.ts';
import { hourFileName, hourLabel } from '../src/sources/gharchive/hour-files.ts';
import { startBenchServer } from './bench-database.ts';
import { writeFigures } from './write-figures.ts';

const hoursCount = Number(process.env.BENCH_HOURS ?? 2);
const perHour = Number(process.env.BENCH_EVENTS_PER_HOUR ?? 150_000);
const storeEvents = Number(process.env.BENCH_STORE_EVENTS ?? 10_000_000);
const BIN = new URL('../bin/gitpulse.mjs', import.meta.url).pathname;

// Real events as templates: their payload shapes, with new ids, hours and repositories.
const templates = gunzipSync(
  readFileSync(new URL('../data/gharchive-samples/sample.small.json.gz', import.meta.url)),
)
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .filter((event) => event.repo && event.actor && typeof event.actor === 'object');

const dir = mkdtempSync(join(tmpdir(), 'gitpulse-bench-events-'));
const hours = Array.from({ length: hoursCount }, (_, i) => new Date(Date.UTC(2026, 2, 1, i)));
let fileBytes = 0;
for (const [h, hour] of hours.entries()) {
  const lines: string[] = [];
  for (let i = 0; i < perHour; i++) {
    const template = templates[i % templates.length];
    const repoId = 1 + ((i * 7919) % 50_000);
    lines.push(
      JSON.stringify({
        ...template,
        id: String(70_000_000_000 + h * perHour + i),
        repo: { id: repoId, name: `owner-${repoId % 5000}/repo-${repoId}`, url: '' },
        created_at: new Date(hour.getTime() + Math.floor((i / perHour) * 3_600_000))
          .toISOString()
          .replace('.000Z', 'Z'),
      }),
    );
  }
  const gz = gzipSync(`${lines.join('\n')}\n`);
  fileBytes += gz.length;
  writeFileSync(join(dir, hourFileName(hour)), gz);
}
process.stdout.write(
  `generated ${hoursCount} hour file(s) of ${perHour} events, ${(fileBytes / 1_048_576).toFixed(1)} MiB gzip\n`,
);

const server = createServer((request, response) => {
  try {
    const bytes = readFileSync(join(dir, (request.url ?? '').split('/').pop() ?? ''));
    response.writeHead(200, { 'content-type': 'application/gzip' }).end(bytes);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const bench = await startBenchServer();
const db = await bench.freshDatabase('gitpulse_bench_events');
const clickhouse = await openChdb(join(dir, 'clickhouse'));
await applyClickHouseMigrations(clickhouse);

// 1a. The engine's own bulk load of the same files, into a copy of the table.
await clickhouse.command('CREATE TABLE bulk_events AS github_events_store');
const bulkStarted = performance.now();
for (const hour of hours) {
  await clickhouse.command(`
    INSERT INTO bulk_events (id, type, created_at, actor_id, actor_login, repo_id, repo_name, org_login, action, source, payload)
    SELECT id, type, parseDateTimeBestEffort(created_at), JSONExtractUInt(actor, 'id'), JSONExtractString(actor, 'login'),
           JSONExtractUInt(repo, 'id'), JSONExtractString(repo, 'name'), JSONExtractString(org, 'login'),
           JSONExtractString(payload, 'action'), 'gharchive', payload
    FROM file('${join(dir, hourFileName(hour))}', 'JSONEachRow',
              'id String, type String, created_at String, actor String, repo String, org String, payload String')
    SETTINGS input_format_json_read_objects_as_strings = 1`);
}
const bulkSeconds = (performance.now() - bulkStarted) / 1000;

// 1b. `gitpulse events import` itself, in its own process (its own embedded store), its peak RSS read from /proc.
const importHome = mkdtempSync(join(tmpdir(), 'gitpulse-bench-events-home-'));
const child = spawn(
  process.execPath,
  [
    BIN,
    'events',
    'import',
    '--from',
    hourLabel(hours[0] as Date),
    '--to',
    hourLabel(hours.at(-1) as Date),
    '--base-url',
    baseUrl,
  ],
  { env: { ...process.env, DATABASE_URL: db.url, GITPULSE_HOME: importHome, LOG_LEVEL: 'warn' } },
);
let peakRssKb = 0;
const sampler = setInterval(() => {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    peakRssKb = Math.max(peakRssKb, Number(hwm?.[1] ?? 0));
  } catch {
    // the process has ended
  }
}, 100);
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
});
child.stderr.on('data', (chunk) => {
  output += chunk;
});
const code = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(sampler);
const reported = /: (\d+) events \((\d+) events\/s\)/.exec(output);
if (code !== 0 || Number(reported?.[1]) !== hoursCount * perHour)
  throw new Error(`events import failed (${code}): ${output}`);
const importRate = Number(reported?.[2]);

// 2. One repository's year of daily activity among storeEvents events.
await clickhouse.command(`
  INSERT INTO github_events_store (id, type, created_at, actor_id, actor_login, repo_id, repo_name, action, source, payload)
  SELECT toString(80000000000 + number), ['WatchEvent', 'PushEvent', 'ForkEvent', 'IssuesEvent', 'PullRequestEvent'][number % 5 + 1],
         toDateTime('2025-03-01 00:00:00', 'UTC') + toIntervalSecond(number % 31536000),
         number % 1000003, concat('user-', toString(number % 1000003)),
         number % 10007 + 100000, concat('bench/repo-', toString(number % 10007 + 100000)),
         ['started', '', '', 'opened', 'opened'][number % 5 + 1], 'gharchive', '{}'
  FROM numbers(${storeEvents})`);
await readRepoActivity(
  clickhouse,
  { repoId: 100042, repoName: '' },
  { from: '2025-03-01', to: '2026-02-28' },
);
const latencies: number[] = [];
let days = 0;
for (let i = 0; i < 20; i++) {
  const started = performance.now();
  const activity = await readRepoActivity(
    clickhouse,
    { repoId: 100_000 + ((i * 37) % 10007), repoName: '' },
    { from: '2025-03-01', to: '2026-02-28' },
  );
  latencies.push(performance.now() - started);
  days = activity.length;
}
latencies.sort((a, b) => a - b);

const bulkRate = (hoursCount * perHour) / bulkSeconds;
writeFigures('events', {
  hours: hoursCount,
  events_per_hour: perHour,
  gzip_mib: Number((fileBytes / 1_048_576).toFixed(1)),
  import: { events_per_second: importRate, peak_rss_mib: Math.round(peakRssKb / 1024) },
  engine_bulk_load: { seconds: Number(bulkSeconds.toFixed(2)), events_per_second: Math.round(bulkRate) },
  import_vs_bulk_load: Number((importRate / bulkRate).toFixed(3)),
  activity_query: {
    stored_events: storeEvents + hoursCount * perHour,
    days_returned: days,
    p50_ms: Number((latencies[Math.floor(latencies.length / 2)] ?? 0).toFixed(1)),
    max_ms: Number((latencies.at(-1) ?? 0).toFixed(1)),
  },
});
await clickhouse.close();
await db.close();
await bench.stop();
server.close();
