/**
 * Every benchmark at a size that fits a 2-core machine in under 20 minutes,
 * one after another (they would measure each other otherwise), then one table
 * of the figures issue 24 set goals for, each against its goal, written to
 * artifacts/bench/summary.json.
 *
 *   npm run bench                 (BENCH_ONLY=pipeline,api to run some; BENCH_SUMMARY_ONLY=1 to tabulate the last figures)
 * A benchmark that fails is reported as such and the rest still run.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { writeFigures } from './write-figures.ts';

interface Bench {
  name: string;
  script: string;
  args?: string[];
  env?: Record<string, string>;
}

/**
 * Sizes: what fits in the time; the README's figures name the sizes they were
 * measured at. bench:github-cost (over 10 minutes) and bench:delivery count
 * requests, not time, and run on their own.
 */
const BENCHES: Bench[] = [
  { name: 'pipeline', script: 'pipeline.ts', args: ['100000'] },
  { name: 'events', script: 'events.ts', env: { BENCH_HOURS: '2', BENCH_STORE_EVENTS: '1000000' } },
  { name: 'webhooks', script: 'webhooks.ts', env: { BENCH_DELIVERIES: '10000' } },
  { name: 'api', script: 'api.ts', env: { BENCH_REPOS: '100000', BENCH_DAYS: '30' } },
  { name: 'client-events', script: 'client-events.ts' },
];

type Figures = Record<string, unknown>;
const read = (name: string): Figures | undefined => {
  const file = new URL(`../artifacts/bench/${name}.json`, import.meta.url);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};
const path = (figures: Figures | undefined, ...keys: (string | number)[]): number | undefined => {
  let value: unknown = figures;
  for (const key of keys) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : undefined;
};
const pipelineAt = (figures: Figures | undefined, repos: number) =>
  (figures?.results as Figures[] | undefined)?.find((r) => r.repos === repos);
const endpoint = (figures: Figures | undefined, prefix: string) =>
  (figures?.endpoints as Figures[] | undefined)?.find((e) => String(e.endpoint).startsWith(prefix));

/** Issue 24's table: each figure, where it comes from, and its goal. */
const GOALS: {
  figure: string;
  bench: string;
  unit: string;
  goal: { below?: number; atLeast?: number };
  value: () => number | undefined;
}[] = [
  {
    figure: 'write phase, 100k repositories, day 1',
    bench: 'pipeline',
    unit: 's',
    goal: { below: 20 },
    value: () => path(pipelineAt(read('pipeline'), 100_000), 'day1', 'write_s'),
  },
  {
    figure: 'write phase, 100k repositories, day 31',
    bench: 'pipeline',
    unit: 's',
    goal: { below: 20 },
    value: () => path(pipelineAt(read('pipeline'), 100_000), 'day31', 'write_s'),
  },
  {
    figure: 'write phase, 1M repositories, day 31 (npm run bench:pipeline -- 1000000)',
    bench: 'pipeline',
    unit: 's',
    goal: { below: 200 },
    value: () => path(pipelineAt(read('pipeline'), 1_000_000), 'day31', 'write_s'),
  },
  {
    figure: 'peak RSS, 1M repositories, day 31',
    bench: 'pipeline',
    unit: 'MiB',
    goal: { below: 1024 },
    value: () => path(pipelineAt(read('pipeline'), 1_000_000), 'day31', 'peak_rss_mib'),
  },
  {
    figure: 'events import vs the engine bulk load of the same files',
    bench: 'events',
    unit: '×',
    goal: { atLeast: 0.5 },
    value: () => path(read('events'), 'import_vs_bulk_load'),
  },
  {
    figure: 'events import peak RSS',
    bench: 'events',
    unit: 'MiB',
    goal: { below: 500 },
    value: () => path(read('events'), 'import', 'peak_rss_mib'),
  },
  {
    figure: 'webhook intake, 10k signed deliveries',
    bench: 'webhooks',
    unit: '/s',
    goal: { atLeast: 1500 },
    value: () => path(read('webhooks'), 'intake_per_s'),
  },
  {
    figure: 'webhook intake answer p99',
    bench: 'webhooks',
    unit: 'ms',
    goal: { below: 100 },
    value: () => path(read('webhooks'), 'answer_p99_ms'),
  },
  {
    figure: 'webhook processing, first post to last processed',
    bench: 'webhooks',
    unit: '/s',
    goal: { atLeast: 1000 },
    value: () => path(read('webhooks'), 'processed_per_s'),
  },
  {
    figure: 'first /api/trending answer of a new process',
    bench: 'api',
    unit: 'ms',
    goal: { below: 50 },
    value: () => path(read('api'), 'new_process_first_answers', 'warm', 'trending_ms'),
  },
  {
    figure: '/api/languages/{lang}/rankings uncached p95',
    bench: 'api',
    unit: 'ms',
    goal: { below: 10 },
    value: () => path(endpoint(read('api'), '/api/languages/'), 'uncached_p95_ms'),
  },
];

async function run(bench: Bench): Promise<{ seconds: number; ok: boolean }> {
  const started = performance.now();
  process.stderr.write(`\n== bench ${bench.name}\n`);
  const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
  const child = spawn(tsx, [new URL(bench.script, import.meta.url).pathname, ...(bench.args ?? [])], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...bench.env },
  });
  const [code] = await once(child, 'exit');
  return { seconds: (performance.now() - started) / 1000, ok: code === 0 };
}

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const runs: Record<string, { seconds: number; ok: boolean }> = {};
if (!process.env.BENCH_SUMMARY_ONLY) {
  for (const bench of BENCHES) {
    if (only && !only.includes(bench.name)) continue;
    runs[bench.name] = await run(bench);
  }
}

const rows = GOALS.map(({ figure, bench, unit, goal, value }) => {
  const measured = value();
  const met =
    measured === undefined
      ? null
      : goal.below !== undefined
        ? measured < goal.below
        : measured >= (goal.atLeast ?? Number.NEGATIVE_INFINITY);
  return {
    figure,
    measured: measured === undefined ? 'not measured' : `${measured} ${unit}`,
    goal: goal.below !== undefined ? `< ${goal.below} ${unit}` : `≥ ${goal.atLeast} ${unit}`,
    met: met === null ? '—' : met ? 'met' : 'missed',
    measured_at: (read(bench)?.measured_at as string | undefined) ?? '',
  };
});
console.table(rows.map(({ measured_at: _, ...row }) => row));
writeFigures('summary', { runs, figures: rows });
if (Object.values(runs).some((r) => !r.ok)) process.exitCode = 1;
