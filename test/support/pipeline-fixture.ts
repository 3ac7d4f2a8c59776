import { createRequire } from 'node:module';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import {
  type ReplayOptions,
  type RunningReplay,
  startReplay,
} from '../../src/github-replay/replay-server.ts';
import { processPendingDeliveries } from '../../src/pipeline/process-pending-deliveries.ts';
import { type IngestOptions, runIngest } from '../../src/pipeline/run-ingest.ts';
import { countRowsPerTable } from '../../src/status/read-status.ts';
import type { Keep } from './close-after-all.ts';
import { createFreshDatabase } from './fresh-database.ts';
import { sharedDataset, silentLogger } from './replay-client.ts';

/** A small tracked set: two orgs, two languages, a few Render repositories and one repository's PRs. */
export const testConfig = configSchema.parse({
  orgs: ['microsoft', 'google'],
  languages: ['Rust', 'Go'],
  trending: { top_per_language: 30, rising_days: 30, rising_per_language: 5 },
  render: { max_repos: 8 },
  pulls: { repos: ['rust-lang/rust'], max_per_repo: 3 },
  // With the default 2,000 pages the first run of ingest.test.ts took 56 s (the whole file 84 s;
  // 25 s with 100 pages):
  // tests read a slice of the backfill a run; test/pipeline/star-history.test.ts reads all of it.
  star_history: { max_requests_per_run: 100 },
});

/** The replay on `date` with the shipped data and search quotas no test runs out of; `more` adds to it. */
export async function startTestReplay(date = '2026-08-01', more: ReplayOptions = {}): Promise<RunningReplay> {
  return startReplay({
    dataset: sharedDataset(),
    date,
    rateLimits: { search: 10_000, code_search: 10_000 },
    ...more,
  });
}

/**
 * A fresh database and the test replay (`replay` adds to startTestReplay's options),
 * both kept to be closed after the file's tests, with `days` ingested in order.
 */
export async function replayedWarehouse(
  keep: Keep,
  days: string[] = [],
  replay: ReplayOptions = {},
): Promise<{ db: Database; replay: RunningReplay }> {
  const db = keep(await createFreshDatabase());
  const running = keep(await startTestReplay(replay.date, replay));
  for (const day of days) await ingestDay(db, running, day);
  return { db, replay: running };
}

/** One ingest of `date` against the replay (moved to that day first). */
export async function ingestDay(
  db: Database,
  replay: RunningReplay,
  date: string,
  extra: Partial<IngestOptions> = {},
) {
  replay.setDate(date);
  return runIngest({
    db,
    config: testConfig,
    logger: silentLogger,
    github: { baseUrl: replay.url, pacing: false, backoffBaseMs: 5, retries: 2, timeoutMs: 5000 },
    date,
    ...extra,
  });
}

/** Row counts of every table, by schema.table (the counts `gitpulse status` prints). */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await countRowsPerTable(db.pool);
  return Object.fromEntries(tables.map((t) => [`${t.schema}.${t.table}`, t.rows]));
}

/** The PR flow filled from GitHub's first four pull_request webhook examples, stored and processed as the receiver would. */
export async function processExamplePullRequests(db: Database): Promise<void> {
  const examples =
    (createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: object[] }[])
      .find((e) => e.name === 'pull_request')
      ?.examples.slice(0, 4) ?? [];
  for (const [i, payload] of examples.entries()) {
    await db.pool.query(
      "INSERT INTO raw.webhook_deliveries (delivery_id, event, payload) VALUES ($1, 'pull_request', $2)",
      [`example-${i}`, JSON.stringify(payload)],
    );
  }
  await processPendingDeliveries(db);
}
