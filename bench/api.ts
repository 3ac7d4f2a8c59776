/**
 * JSON API latency and throughput on a large warehouse: 100k repositories x 90
 * days of snapshots (9M fact rows, generated in SQL, the last day scored and
 * summarized as a run's write phase does), per endpoint:
 *   first     the first answer after the run (nothing cached yet), on a server
 *             that has answered /healthz once: the query, not the process warming up
 *             (that first /healthz is reported as process_first_ms)
 *   uncached  BENCH_SAMPLES sequential requests to a server without the response cache
 *   loaded    one autocannon run (10 connections, BENCH_SECONDS) with the cache, as served
 * Figures go to artifacts/bench/api.json.
 *
 *   npm run bench:api            (BENCH_REPOS=100000 BENCH_DAYS=90 BENCH_SECONDS=5)
 * Uses BENCH_DATABASE_URL when set, else an embedded server in a temp dir.
 */
import { execFileSync } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { createServer } from '../src/api/create-server.ts';
import { summarizeDay } from '../src/warehouse/day-summaries/summarize-day.ts';
import { snapshotReposSql } from '../src/warehouse/snapshot-repos.queries.ts';
import { startBenchServer } from './bench-database.ts';
import { writeFigures } from './write-figures.ts';

const repos = Number(process.env.BENCH_REPOS ?? 100_000);
const days = Number(process.env.BENCH_DAYS ?? 90);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const samples = Number(process.env.BENCH_SAMPLES ?? 200);
const bench = await startBenchServer();
const db = await bench.freshDatabase('gitpulse_bench_api');

const started = performance.now();
await db.pool.query(
  `INSERT INTO warehouse.dim_companies (company_name) SELECT 'org-' || g FROM generate_series(1, 50) g;
   INSERT INTO warehouse.dim_repositories (github_id, repo_full_name, owner, company_key, language, description, valid_from)
   SELECT g, 'org-' || (g % 500 + 1) || '/repo-' || g, 'org-' || (g % 500 + 1),
          CASE WHEN g % 500 < 50 THEN g % 500 + 1 END,
          (ARRAY['Python','TypeScript','Go','Rust','Java','C++','JavaScript','Ruby'])[g % 8 + 1], 'repository ' || g,
          '2026-01-01'
   FROM generate_series(1, $1::int) g;
   ANALYZE warehouse.dim_repositories;`.replaceAll('$1::int', String(repos)),
);
await db.pool.query(
  `SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', d::date)
   FROM generate_series(DATE '2026-05-23', DATE '2026-05-23' + ${days - 1}, INTERVAL '1 month') d
   UNION ALL SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', DATE '2026-05-23' + ${days - 1})`,
);
await db.pool.query(
  `INSERT INTO warehouse.fact_repo_snapshots (repo_key, github_id, language_key, company_key, snapshot_date, stars, forks, open_issues, pushed_at)
   SELECT d.repo_key, d.github_id, l.language_key, d.company_key, day,
          (d.github_id % 50000) + (d.github_id % 37) * (day - DATE '2026-05-23'),
          (d.github_id % 5000) + (day - DATE '2026-05-23') / 3, d.github_id % 300, day - (d.github_id % 20)::int
   FROM warehouse.dim_repositories d
   JOIN warehouse.dim_languages l ON l.language_name = d.language
   CROSS JOIN generate_series(DATE '2026-05-23', DATE '2026-05-23' + ($1::int - 1), INTERVAL '1 day') AS s(day_ts)
   CROSS JOIN LATERAL (SELECT day_ts::date AS day) x`.replaceAll('$1::int', String(days)),
);
const lastDay = (
  await db.pool.query('SELECT max(snapshot_date)::text AS d FROM warehouse.fact_repo_snapshots')
).rows[0].d;
// the day's rows keep their numbers and get their scores and ranks
await snapshotReposSql.run({ runId: 'bench-api', snapshotDate: lastDay }, db.pool);
await db.withClient((client) => summarizeDay(client, lastDay));
await db.pool.query('ANALYZE');
const seedSeconds = (performance.now() - started) / 1000;
const facts = (await db.pool.query('SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots')).rows[0].n;

async function listen(responseCache: boolean) {
  const app = await createServer(db, { responseCache });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}
const cached = await listen(true);
const uncached = await listen(false);
const base = cached.base;
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const endpoints = [
  '/api/trending?limit=25',
  '/api/trending?language=Rust&window=7d&limit=50',
  '/api/languages',
  '/api/languages/Go/rankings?limit=50',
  '/api/repos/org-1/repo-500',
  '/api/companies',
  '/api/companies/org-7',
  '/api/runs',
  '/healthz',
];
const rows: Record<string, string | number>[] = [];
const processStarted = performance.now();
await (await fetch(`${base}/healthz`)).text();
await (await fetch(`${uncached.base}/healthz`)).text();
const processFirstMs = performance.now() - processStarted;
for (const path of endpoints) {
  // The first answer after a run is computed from the warehouse; later ones come from the response cache.
  const coldStarted = performance.now();
  await (await fetch(`${base}${path}`)).text();
  const coldMs = performance.now() - coldStarted;
  const sequential: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await (await fetch(`${uncached.base}${path}`)).text();
    sequential.push(performance.now() - started);
  }
  sequential.sort((a, b) => a - b);
  // autocannon reports fixed percentiles without p95: keep every latency and read them here.
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${base}${path}`,
    connections: 10,
    duration: seconds,
  }) as unknown as EventEmitter & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    latencies.push(responseTime),
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  rows.push({
    endpoint: path,
    first_ms: round(coldMs),
    uncached_p50_ms: round(percentile(sequential, 0.5)),
    uncached_p95_ms: round(percentile(sequential, 0.95)),
    loaded_req_s: Math.round(result.requests.average),
    loaded_p50_ms: round(percentile(latencies, 0.5)),
    loaded_p95_ms: round(percentile(latencies, 0.95)),
    loaded_p99_ms: round(percentile(latencies, 0.99)),
    errors: result.errors + result.non2xx,
  });
}
// A new process's first answers, cold and warmed up as serve does (bench/first-answer.ts), after
// the runs above (their answers are not shared: each child has its own pool and cache).
const newProcess = (mode: 'cold' | 'warm') =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', new URL('first-answer.ts', import.meta.url).pathname, db.url, mode],
      {
        encoding: 'utf8',
      },
    ),
  ) as Record<string, number | string>;
const firstAnswers = { cold: newProcess('cold'), warm: newProcess('warm') };
await cached.app.close();
await uncached.app.close();
await db.close();
await bench.stop();
console.log(
  `${repos} repositories x ${days} days = ${facts} snapshot rows, generated in ${seedSeconds.toFixed(1)} s`,
);
console.table(rows);
writeFigures('api', {
  repositories: repos,
  days,
  snapshot_rows: facts,
  seed_seconds: round(seedSeconds),
  process_first_ms: round(processFirstMs),
  new_process_first_answers: firstAnswers,
  samples,
  endpoints: rows,
});

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
