/**
 * JSON API latency and throughput on a large warehouse: 100k repositories x 90
 * days of snapshots (9M fact rows, generated in SQL), one autocannon run per
 * endpoint, printing p50/p95/p99 latency and requests/s.
 *
 *   npm run bench:api            (BENCH_REPOS=100000 BENCH_DAYS=90 BENCH_SECONDS=5)
 * Uses BENCH_DATABASE_URL when set, else an embedded server in a temp dir.
 */
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { createServer } from '../src/api/create-server.ts';
import { sqlFile } from '../src/db/sql-file.ts';
import { startBenchServer } from './bench-database.ts';

const repos = Number(process.env.BENCH_REPOS ?? 100_000);
const days = Number(process.env.BENCH_DAYS ?? 90);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
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
await db.pool.query(sqlFile(new URL('../src/warehouse/', import.meta.url).href, 'score-snapshots.sql'), [
  lastDay,
]);
await db.pool.query('ANALYZE');
const seedSeconds = (performance.now() - started) / 1000;
const facts = (await db.pool.query('SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots')).rows[0].n;

const app = await createServer(db);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
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
for (const path of endpoints) {
  // The first answer after a run is computed from the warehouse; later ones come from the response cache.
  const coldStarted = performance.now();
  await (await fetch(`${base}${path}`)).text();
  const coldMs = performance.now() - coldStarted;
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
  const at = (q: number) =>
    (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  rows.push({
    endpoint: path,
    'first (uncached) ms': coldMs.toFixed(1),
    'req/s': Math.round(result.requests.average),
    'p50 ms': at(0.5),
    'p95 ms': at(0.95),
    'p99 ms': at(0.99),
    errors: result.errors + result.non2xx,
  });
}
await app.close();
await db.close();
await bench.stop();
console.log(
  `${repos} repositories x ${days} days = ${facts} snapshot rows, generated in ${seedSeconds.toFixed(1)} s`,
);
console.table(rows);
