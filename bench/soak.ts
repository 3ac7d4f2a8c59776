/**
 * `gitpulse serve` under mixed load for a bounded time, with its PostgreSQL
 * connections killed every few seconds: signed real webhook deliveries (10%
 * redelivered) and API reads at once. Reports deliveries accepted (2xx) vs
 * processed (goal: equal), errors by kind, and serve's RSS before and after
 * (goal: back within 20% of its baseline).
 *
 *   npm run bench:soak   (SOAK_SECONDS=60 SOAK_KILL_EVERY_SECONDS=10)
 * Uses BENCH_DATABASE_URL when set, else an embedded PostgreSQL in a temp dir.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { configSchema } from '../src/config/config-schema.ts';
import { startReplay } from '../src/github-replay/replay-server.ts';
import { runIngest } from '../src/pipeline/run-ingest.ts';
import { startBenchServer } from './bench-database.ts';
import { postDelivery, signedExamples } from './signed-deliveries.ts';
import { writeFigures } from './write-figures.ts';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const killEvery = Number(process.env.SOAK_KILL_EVERY_SECONDS ?? 10);
const secret = 'soak-secret';
const BIN = new URL('../bin/gitpulse.mjs', import.meta.url).pathname;
const bench = await startBenchServer();
const db = await bench.freshDatabase('gitpulse_bench_soak');

// Something for the API to read: two days of the replay.
const replay = await startReplay({ rateLimits: { search: 10_000, code_search: 10_000 } });
const config = configSchema.parse({ languages: ['Rust', 'Go'], trending: { top_per_language: 50 } });
for (const day of ['2026-08-01', '2026-08-02']) {
  replay.setDate(day);
  await runIngest({
    db,
    config,
    logger: pino({ level: 'silent' }),
    github: { baseUrl: replay.url, pacing: false },
    date: day,
    progress: false,
  });
}
await replay.close();

const port = 40_000 + Math.floor(Math.random() * 20_000);
const serve = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--no-scheduler'], {
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    GITPULSE_HOME: mkdtempSync(join(tmpdir(), 'gitpulse-soak-')),
    GITHUB_WEBHOOK_SECRET: secret,
    LOG_LEVEL: 'error',
  },
});
let serveLog = '';
serve.stderr.on('data', (chunk) => {
  serveLog += chunk;
});
await once(serve.stdout, 'data');
const base = `http://127.0.0.1:${port}`;
const rssMiB = () =>
  Math.round(
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${serve.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
  );
// Warm up the routes, then take the baseline.
for (const path of ['/api/trending', '/api/languages', '/api/runs', '/healthz'])
  await (await fetch(base + path)).arrayBuffer();
const rssBefore = rssMiB();

const signed = await signedExamples(secret, [
  'pull_request',
  'check_run',
  'check_suite',
  'status',
  'pull_request_review',
]);

const accepted = new Set<string>();
const errors = new Map<string, number>();
const count = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);
let sent = 0;
let apiReads = 0;
const deadline = Date.now() + seconds * 1000;
const kills: number[] = [];
const killer = setInterval(async () => {
  const { rowCount } = await db.pool.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'gitpulse%' AND pid <> pg_backend_pid()",
  );
  kills.push(rowCount ?? 0);
}, killEvery * 1000);

await Promise.all([
  ...Array.from({ length: 8 }, async () => {
    while (Date.now() < deadline) {
      const i = sent++;
      const id = i % 10 === 9 ? `soak-${i - 5}` : `soak-${i}`;
      const example = signed[i % signed.length] as (typeof signed)[number];
      try {
        const status = await postDelivery(`${base}/webhooks/github`, id, example);
        if (status < 300) accepted.add(id);
        else count(`webhook ${status}`);
      } catch (error) {
        count(`webhook ${(error as Error).message}`);
      }
    }
  }),
  ...Array.from({ length: 4 }, async () => {
    const paths = [
      '/api/trending?limit=25',
      '/api/languages',
      '/api/runs?limit=10',
      '/api/prs?limit=20',
      '/healthz',
    ];
    while (Date.now() < deadline) {
      try {
        const response = await fetch(base + (paths[apiReads++ % paths.length] as string));
        await response.arrayBuffer();
        if (response.status >= 300) count(`api ${response.status}`);
      } catch (error) {
        count(`api ${(error as Error).message}`);
      }
    }
  }),
]);
clearInterval(killer);

// Give the queue a minute to finish what was accepted.
const processedCount = async () =>
  (
    await db.pool.query(
      "SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE delivery_id = ANY($1) AND status IN ('processed', 'ignored')",
      [[...accepted]],
    )
  ).rows[0].n as number;
const drainDeadline = Date.now() + 60_000;
let processed = await processedCount();
while (processed < accepted.size && Date.now() < drainDeadline) {
  await new Promise((r) => setTimeout(r, 1000));
  processed = await processedCount();
}
const unprocessed = (
  await db.pool.query(
    "SELECT status, attempts, left(error, 120) AS error, count(*)::int AS n FROM raw.webhook_deliveries WHERE delivery_id = ANY($1) AND status NOT IN ('processed', 'ignored') GROUP BY 1, 2, 3",
    [[...accepted]],
  )
).rows;
const stored = (
  await db.pool.query('SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE delivery_id = ANY($1)', [
    [...accepted],
  ])
).rows[0].n as number;
// Idle again: V8 and the allocators give memory back over the following seconds.
const rssAfterBySecond: Record<string, number> = {};
for (const second of [5, 15, 30]) {
  await new Promise((r) =>
    setTimeout(r, (second - (Object.keys(rssAfterBySecond).map(Number).at(-1) ?? 0)) * 1000),
  );
  rssAfterBySecond[second] = rssMiB();
}
const rssAfter = rssAfterBySecond[30] as number;
const alive = serve.exitCode === null;
serve.kill('SIGTERM');
await once(serve, 'exit');
await db.close();
await bench.stop();

writeFigures('soak', {
  seconds,
  connection_kills: kills.length,
  backends_killed: kills.reduce((a, b) => a + b, 0),
  deliveries_sent: sent,
  deliveries_accepted: accepted.size,
  deliveries_stored: stored,
  deliveries_processed: processed,
  unprocessed_by_status: unprocessed,
  accepted_equals_processed: processed === accepted.size,
  api_reads: apiReads,
  errors: Object.fromEntries(errors),
  serve_alive_at_end: alive,
  serve_rss_mib: {
    before: rssBefore,
    after_idle_seconds: rssAfterBySecond,
    after: rssAfter,
    ratio: Number((rssAfter / rssBefore).toFixed(2)),
  },
  serve_errors_logged: serveLog.split('\n').filter((l) => l.includes('"level":50')).length,
  serve_error_samples: [
    ...new Set(
      serveLog
        .split('\n')
        .filter((l) => l.includes('"level":50'))
        .map(
          (l) =>
            (JSON.parse(l) as { msg?: string; err?: string }).err ?? (JSON.parse(l) as { msg?: string }).msg,
        ),
    ),
  ].slice(0, 5),
});
if (processed !== accepted.size || !alive) process.exitCode = 1;
