/**
 * Pipeline throughput and memory by tracked repositories (copies of the real
 * ranking data), on a real PostgreSQL, each measured day in a process of its
 * own and the offline GitHub in another:
 *   day 1   the first run: refresh N repositories by GraphQL, land, stage,
 *           model; raw landing against `psql \copy` of the same spool files
 *   day 31  for N >= 100k: a whole run on a warehouse holding 30 days of
 *           history (days 2-30 generated in SQL from day 1), every step timed
 *   history a 365-day repository history query (the repository page's SQL)
 *           for 200 repositories given a year of snapshots, with N tracked
 * Figures go to artifacts/bench/pipeline.json.
 *
 *   npm run bench:pipeline [-- 10000 100000 1000000]
 * Uses BENCH_DATABASE_URL when set, else an embedded server in a temp dir.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readRepoHistorySql } from '../src/analytics/read-repo-history.queries.ts';
import { startBenchServer } from './bench-database.ts';
import { writeFigures } from './write-figures.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(10_000, 100_000, 1_000_000);
const DAY_1 = '2026-07-01';
const DAY_31 = '2026-07-31';
const bench = await startBenchServer();
const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
const here = (name: string) => new URL(name, import.meta.url).pathname;

/** Runs a bench script and resolves with its last stdout line, parsed. */
async function runScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Record<string, unknown>> {
  const child = spawn(tsx, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let last = '';
  for await (const line of createInterface({ input: child.stdout })) if (line.trim()) last = line;
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return JSON.parse(last);
}

/** The replay in its own process; resolves once it listens. */
async function startReplayProcess(
  size: number,
  idsFile: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(tsx, [here('replay-process.ts'), String(size), DAY_1, idsFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=12000' },
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) return { url: JSON.parse(line).url, child };
  throw new Error('the replay process ended before it listened');
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

const results: Record<string, unknown>[] = [];
for (const size of sizes) {
  const db = await bench.freshDatabase(`gitpulse_bench_${size}`);
  const idsFile = join(bench.home, `ids-${size}.txt`);
  const spoolDir = join(bench.home, 'spool');
  const replay = await startReplayProcess(size, idsFile);
  const result: Record<string, unknown> = { repos: size };
  try {
    process.stderr.write(`${size}: day 1\n`);
    // one day's run in a process of its own; day 31 takes no ids file ('-'): it reads the tracked set
    const runDay = (label: string, date: string, ids: string) =>
      runScript([here('pipeline-run.ts'), label, String(size), date, db.url, replay.url, ids, spoolDir]);
    result.day1 = await runDay('day1', DAY_1, idsFile);
    if (size >= 100_000) {
      process.stderr.write(`${size}: generating days 2-30\n`);
      const started = performance.now();
      // Days 2-30 go into a copy of July's partition built without indexes,
      // which then replaces it: one index build instead of 29M index insertions.
      await db.pool.query(`
        CREATE TABLE warehouse.bench_july (LIKE warehouse.fact_repo_snapshots INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
        INSERT INTO warehouse.bench_july SELECT * FROM warehouse.fact_repo_snapshots_y2026m07;
        INSERT INTO warehouse.bench_july (repo_key, github_id, language_key, company_key, snapshot_date,
            stars, forks, open_issues, star_velocity, star_velocity_7d, activity_score, momentum_score,
            rank_overall, rank_in_language, pushed_at, is_carried_forward, run_id)
        SELECT repo_key, github_id, language_key, company_key, snapshot_date + k, stars + k * (github_id % 7)::int,
            forks + k / 3, open_issues, star_velocity, star_velocity_7d, activity_score, momentum_score,
            rank_overall, rank_in_language, pushed_at, false, 'bench-history'
        FROM warehouse.fact_repo_snapshots_y2026m07, generate_series(1, 29) k
        WHERE snapshot_date = '${DAY_1}'
        -- a day's rows together, as daily runs write them
        ORDER BY k, github_id;
        ALTER TABLE warehouse.fact_repo_snapshots DETACH PARTITION warehouse.fact_repo_snapshots_y2026m07;
        DROP TABLE warehouse.fact_repo_snapshots_y2026m07;
        ALTER TABLE warehouse.bench_july RENAME TO fact_repo_snapshots_y2026m07;
        ALTER TABLE warehouse.fact_repo_snapshots ATTACH PARTITION warehouse.fact_repo_snapshots_y2026m07
            FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');
        -- day 1's READMEs count as fetched: day 31 measures the daily refresh, not a one-off README crawl
        UPDATE warehouse.dim_repositories SET readme_content = '' WHERE is_current AND readme_content IS NULL;
        ANALYZE;`);
      result.history_generation_s = (performance.now() - started) / 1000;
      await fetch(`${replay.url}/_replay/date`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ date: DAY_31 }),
      });
      process.stderr.write(`${size}: day 31\n`);
      result.day31 = await runDay('day31', DAY_31, '-');

      // A year of snapshots for 200 of the tracked repositories (the 335 days before day 1, in their own months).
      await db.pool.query(`
        SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', d::date)
        FROM generate_series(DATE '${DAY_31}' - 364, DATE '${DAY_1}' - 1, INTERVAL '1 month') d;
        SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', DATE '${DAY_1}' - 1);
        CREATE TEMP TABLE sample AS SELECT github_id FROM warehouse.dim_repositories WHERE is_current ORDER BY md5(github_id::text) LIMIT 200;
        INSERT INTO warehouse.fact_repo_snapshots (repo_key, github_id, language_key, company_key, snapshot_date, stars, pushed_at, run_id)
        SELECT f.repo_key, f.github_id, f.language_key, f.company_key, f.snapshot_date - k, GREATEST(0, f.stars - k), f.pushed_at, 'bench-year'
        FROM warehouse.fact_repo_snapshots f JOIN sample USING (github_id), generate_series(1, 334) k
        WHERE f.snapshot_date = '${DAY_1}';
        ANALYZE warehouse.fact_repo_snapshots;`);
      const sample = (await db.pool.query<{ github_id: number }>('SELECT github_id FROM sample')).rows;
      const timings: number[] = [];
      let days = 0;
      for (const { github_id: githubId } of sample) {
        const started = performance.now();
        const [row] = await readRepoHistorySql.run({ githubId }, db.pool);
        timings.push(performance.now() - started);
        days = (row?.history as { series: unknown[] } | null)?.series.length ?? 0;
      }
      timings.sort((a, b) => a - b);
      result.history_query = {
        repositories: sample.length,
        days_per_repository: days,
        p50_ms: percentile(timings, 0.5),
        p95_ms: percentile(timings, 0.95),
        fact_rows: Number(
          (await db.pool.query('SELECT count(*) AS n FROM warehouse.fact_repo_snapshots')).rows[0].n,
        ),
      };
    }
  } finally {
    replay.child.kill();
    await db.close();
  }
  results.push(result);
  process.stderr.write(`${JSON.stringify(result)}\n`);
}
await bench.stop();

const fixed = (value: unknown, digits = 2) => (typeof value === 'number' ? value.toFixed(digits) : '');
console.table(
  results.flatMap((r) =>
    (['day1', 'day31'] as const).flatMap((day) => {
      const f = r[day] as Record<string, unknown> | undefined;
      if (!f) return [];
      const steps = f.steps as Record<string, number>;
      return [
        {
          repos: r.repos,
          day,
          'collect s': fixed(f.collect_s),
          'write s': fixed(f.write_s),
          'land_raw s': fixed(steps.land_raw),
          'psql \\copy s': fixed(f.psql_copy_s),
          'land/copy': fixed(f.land_over_copy),
          'stage s': fixed(steps.stage),
          'model s': fixed(steps.model_warehouse),
          'snapshot+score s': fixed(steps['model_warehouse.snapshot_and_score']),
          'summaries s': fixed(steps.summarize_day),
          'peak RSS MiB': f.peak_rss_mib,
        },
      ];
    }),
  ),
);
writeFigures('pipeline', { day_1: DAY_1, day_31: DAY_31, results });
