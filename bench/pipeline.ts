/**
 * Pipeline throughput at 1k, 10k and 100k tracked repositories (copies of the
 * real ranking data, RankingDataset scale), on a real PostgreSQL: wall time per
 * phase, rows/s, and the raw landing (unnest arrays) against `psql \copy` of
 * the same rows in the same run.
 *
 *   npm run bench:pipeline [-- 1000 10000 100000]
 * Uses BENCH_DATABASE_URL when set, else an embedded server in a temp dir.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { configSchema } from '../src/config/config-schema.ts';
import { RankingDataset } from '../src/github-replay/ranking-dataset.ts';
import { startReplay } from '../src/github-replay/replay-server.ts';
import { repoNodeId } from '../src/github-replay/replay-world.ts';
import { readPhase } from '../src/pipeline/read-phase.ts';
import { type TaskNode, TaskTree } from '../src/pipeline/task-tree.ts';
import { writePhase } from '../src/pipeline/write-phase.ts';
import { createGitHubClient } from '../src/sources/github/client/github-client.ts';
import { emptyCollection } from '../src/sources/github/collect/collected-records.ts';
import { refreshRepositories } from '../src/sources/github/collect/refresh-repositories.ts';
import { startBenchServer } from './bench-database.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(1_000, 10_000, 100_000);
const logger = pino({ level: 'silent' });
const date = '2026-08-22';
const bench = await startBenchServer();
const { home } = bench;
const dataset = RankingDataset.load({ scale: Math.ceil(Math.max(...sizes) / 3000) + 1 });
const replay = await startReplay({ dataset, date, rateLimits: { graphql: 10_000_000 } });
const live = dataset.repos.filter((repo) => replay.world.state(repo));
const config = configSchema.parse({});
const rows: Record<string, string | number>[] = [];

const seconds = (node: TaskNode | undefined) =>
  node?.ended_at ? (Date.parse(node.ended_at) - Date.parse(node.started_at)) / 1000 : Number.NaN;

for (const size of sizes) {
  const db = await bench.freshDatabase(`gitpulse_bench_${size}`);
  const url = new URL(db.url);

  const tree = new TaskTree();
  const known = await tree.task('read', () => readPhase(db));
  const client = createGitHubClient({
    baseUrl: replay.url,
    logger,
    pacing: false,
    httpCache: known.httpCache,
  });
  const collection = await tree.task('collect', async () => {
    const ids = live.slice(0, size).map((repo) => repoNodeId(repo.githubId));
    const result = await refreshRepositories(client.octokit, ids);
    return { ...emptyCollection(), repos: result.repos, details: result.languages };
  });
  const runId = `bench-${size}`;
  await db.transaction((tx) =>
    tree.task('write', (t) =>
      writePhase(tx, { runId, date, asOf: `${date}T12:00:00Z`, config, collection }, t),
    ),
  );

  // The same rows (repositories and languages answers) through psql's \copy,
  // into tables shaped like the raw ones.
  const reposCsv = join(home, `repos-${size}.csv`);
  const detailsCsv = join(home, `details-${size}.csv`);
  writeFileSync(
    reposCsv,
    collection.repos
      .map((r) =>
        [r.fullName, JSON.stringify(r.apiResponse), r.source, r.format, runId, date].map(csvField).join(','),
      )
      .join('\n'),
  );
  writeFileSync(
    detailsCsv,
    collection.details
      .map((d) => [d.fullName, d.detail, JSON.stringify(d.apiResponse), runId, date].map(csvField).join(','))
      .join('\n'),
  );
  await db.pool.query('CREATE TABLE bench_copy_repos (LIKE raw.github_repos INCLUDING DEFAULTS)');
  await db.pool.query('CREATE TABLE bench_copy_details (LIKE raw.github_repo_details INCLUDING DEFAULTS)');
  const copyStarted = performance.now();
  execFileSync('psql', [
    url.toString(),
    '-qc',
    `\\copy bench_copy_repos (repo_full_name, api_response, source, api_format, run_id, snapshot_date) FROM '${reposCsv}' WITH (FORMAT csv)`,
    '-qc',
    `\\copy bench_copy_details (repo_full_name, detail, api_response, run_id, snapshot_date) FROM '${detailsCsv}' WITH (FORMAT csv)`,
  ]);
  const copySeconds = (performance.now() - copyStarted) / 1000;

  const [read, collect, write] = tree.roots;
  const step = (n: string) => write?.children.find((c) => c.name === n);
  const landSeconds = seconds(step('land_raw'));
  const repoRows = collection.repos.length;
  const rawRows = collection.repos.length + collection.details.length;
  rows.push({
    repos: size,
    'read s': seconds(read).toFixed(2),
    'collect s': seconds(collect).toFixed(2),
    'write s': seconds(write).toFixed(2),
    'raw rows': rawRows,
    'land_raw s': landSeconds.toFixed(2),
    'stage s': seconds(step('stage')).toFixed(2),
    'model s': seconds(step('model_warehouse')).toFixed(2),
    'write rows/s': Math.round(repoRows / seconds(write)),
    'psql \\copy s': copySeconds.toFixed(2),
    'land/copy': (landSeconds / copySeconds).toFixed(2),
    'heap MB': Math.round(process.memoryUsage().heapUsed / 1e6),
  });
  await db.close();
}
await replay.close();
await bench.stop();
console.table(rows);

function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
