/**
 * One measured pipeline day of bench/pipeline, in a process of its own so its
 * peak RSS is the run's alone. Prints one JSON line of figures.
 *
 *   tsx bench/pipeline-run.ts day1  SIZE DATE DB_URL REPLAY_URL IDS_FILE SPOOL_DIR
 *   tsx bench/pipeline-run.ts day31 SIZE DATE DB_URL REPLAY_URL - SPOOL_DIR
 *
 * day1: refreshes SIZE repositories by GraphQL into the spool (what collect
 * does for the tracked set), then `psql \copy`s the very spool files into
 * twins of the raw tables (same columns, defaults and indexes) as the
 * baseline, then runs the write phase. day31: a whole `runIngest` on a
 * warehouse that holds 30 days of history, refreshing every tracked repository.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { configSchema } from '../src/config/config-schema.ts';
import { databaseFromUrl } from '../src/db/database.ts';
import { emptyCollection } from '../src/pipeline/collection.ts';
import { readPhase } from '../src/pipeline/read-phase.ts';
import { runIngest } from '../src/pipeline/run-ingest.ts';
import { TaskTree } from '../src/pipeline/task-tree.ts';
import { writePhase } from '../src/pipeline/write-phase.ts';
import { RawSpool } from '../src/raw/raw-spool.ts';
import { createGitHubClient } from '../src/sources/github/client/github-client.ts';
import { refreshRepositories } from '../src/sources/github/collect/refresh-repositories.ts';

const [phase, sizeText, date, dbUrl, replayUrl, idsFile, spoolDir] = process.argv.slice(2) as string[];
const size = Number(sizeText);
const logger = pino({ level: 'silent' });
const db = databaseFromUrl(dbUrl as string);
// Only the tracked set: no lists, no Render search, no PRs.
const config = configSchema.parse({
  orgs: [],
  languages: [],
  render: { enabled: false },
  pulls: { repos: [] },
});

interface Node {
  name: string;
  started_at: string;
  ended_at?: string;
  counts?: Record<string, number>;
  children: Node[];
}
const seconds = (node: Node | undefined) =>
  node?.ended_at ? (Date.parse(node.ended_at) - Date.parse(node.started_at)) / 1000 : null;
/** Seconds per write step, and per modelling statement inside model_warehouse. */
function steps(write: Node | undefined): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const step of write?.children ?? []) {
    out[step.name] = seconds(step);
    for (const inner of step.children) out[`${step.name}.${inner.name}`] = seconds(inner);
  }
  return out;
}
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (phase === 'day1') {
  const runId = `bench-day1-${size}`;
  const tree = new TaskTree();
  const known = await tree.task('read', () => readPhase(db, { date: date as string, starHistoryLimit: 0 }));
  const client = createGitHubClient({
    baseUrl: replayUrl as string,
    logger,
    pacing: false,
    httpCache: known.httpCache,
  });
  const spool = RawSpool.open(spoolDir as string, { runId, date: date as string });
  await tree.task('collect', async () => {
    const ids = createInterface({
      input: createReadStream(idsFile as string),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const batch of refreshRepositories(client.octokit, ids)) {
      spool.add('github_repos', batch.repos);
      spool.add('github_repo_details', batch.languages);
    }
  });

  await db.pool.query(`CREATE TABLE bench_copy_repos (LIKE raw.github_repos INCLUDING ALL);
                       CREATE TABLE bench_copy_details (LIKE raw.github_repo_details INCLUDING ALL)`);
  const copyStarted = performance.now();
  execFileSync('psql', [
    dbUrl as string,
    '-qc',
    `\\copy bench_copy_repos (repo_full_name, api_response, source_language, source, api_format, run_id, snapshot_date) FROM '${join(spool.dir, 'github_repos.copy')}'`,
    '-qc',
    `\\copy bench_copy_details (repo_full_name, detail, api_response, run_id, snapshot_date) FROM '${join(spool.dir, 'github_repo_details.copy')}'`,
  ]);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  await db.pool.query('DROP TABLE bench_copy_repos, bench_copy_details');

  await db.transaction((tx) =>
    tree.task('write', (t) =>
      writePhase(
        tx,
        {
          runId,
          date: date as string,
          asOf: `${date}T12:00:00Z`,
          config,
          collection: emptyCollection(spool),
        },
        t,
      ),
    ),
  );
  spool.remove();
  const [read, collect, write] = tree.roots as unknown as Node[];
  const written = steps(write);
  process.stdout.write(
    `${JSON.stringify({
      phase,
      repos: size,
      raw_rows: spool.counts.github_repos + spool.counts.github_repo_details,
      read_s: seconds(read),
      collect_s: seconds(collect),
      write_s: seconds(write),
      psql_copy_s: copySeconds,
      land_over_copy: (written.land_raw ?? Number.NaN) / copySeconds,
      steps: written,
      peak_rss_mib: peakRssMiB(),
    })}\n`,
  );
} else {
  const summary = await runIngest({
    db,
    config,
    logger,
    github: { baseUrl: replayUrl as string, pacing: false },
    date: date as string,
    only: ['trending', 'languages'],
    progress: false,
    spoolDir: spoolDir as string,
  });
  const { rows } = await db.pool.query<{ task_tree: Node[] }>(
    'SELECT task_tree FROM warehouse.fact_workflow_runs WHERE run_id = $1',
    [summary.runId],
  );
  const roots = rows[0]?.task_tree ?? [];
  const byName = (name: string) => roots.find((node) => node.name === name);
  const collect = byName('collect');
  process.stdout.write(
    `${JSON.stringify({
      phase,
      repos: size,
      repos_processed: summary.reposProcessed,
      graphql_points: summary.github.graphqlPoints,
      read_s: seconds(byName('read')),
      collect_s: seconds(collect),
      write_s: seconds(byName('write')),
      steps: steps(byName('write')),
      peak_rss_mib: peakRssMiB(),
    })}\n`,
  );
}
await db.close();
