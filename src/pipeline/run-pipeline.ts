import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config-schema.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log/logger.ts';
import { createPhaseProgress } from '../log/phase-progress.ts';
import { type QualityResult, recordWorkflowRun } from '../ops/pipeline-bookkeeping.ts';
import { createGitHubClient, type GitHubClientOptions } from '../sources/github/client/github-client.ts';
import type { RequestCost } from '../sources/github/client/request-cost.ts';
import { emptyCollection } from '../sources/github/collect/collected-records.ts';
import { readLandedBlueprints } from '../staging/stage-collection.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { collectPhase } from './collect-phase.ts';
import { acquirePipelineLock } from './pipeline-lock.ts';
import { PIPELINE_SOURCES, type PipelineSource } from './pipeline-sources.ts';
import { readPhase } from './read-phase.ts';
import { TaskTree } from './task-tree.ts';
import { testHook } from './test-hooks.ts';
import { writePhase } from './write-phase.ts';

export interface RunSummary {
  runId: string;
  date: string;
  status: 'succeeded';
  reposProcessed: number;
  quality: QualityResult[];
  github: ReturnType<RequestCost['toJSON']>;
  seconds: number;
}

export interface IngestOptions {
  db: Database;
  config: Config;
  logger: Logger;
  github: Pick<
    GitHubClientOptions,
    'baseUrl' | 'token' | 'pacing' | 'backoffBaseMs' | 'retries' | 'timeoutMs'
  >;
  date: string;
  only?: PipelineSource[];
  /** Progress bars on a terminal (default true; off inside a backfill, which has its own). */
  progress?: boolean;
}

const newRunId = (kind: string, date: string) =>
  `${kind}-${date}-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${randomBytes(2).toString('hex')}`;

/** Midday of a past day (replays, backfills); now for today. */
const asOfFor = (date: string) =>
  date === new Date().toISOString().slice(0, 10) ? new Date().toISOString() : `${date}T12:00:00.000Z`;

/**
 * One pipeline run in seed 001's three phases: read (short connection),
 * collect (GitHub only, no connection), write (one transaction). A failure
 * anywhere rolls the write back and is recorded as a failed run.
 */
export async function runIngest(options: IngestOptions): Promise<RunSummary> {
  const { db, config, logger, date } = options;
  const sources = new Set<PipelineSource>(options.only?.length ? options.only : PIPELINE_SOURCES);
  const runId = newRunId('ingest', date);
  const asOf = asOfFor(date);
  const progress = createPhaseProgress(
    options.progress === false
      ? {}
      : {
          read: 1,
          collect:
            (sources.has('orgs') ? config.orgs.length : 0) +
            (sources.has('trending') ? config.languages.length : 0) +
            (sources.has('render') ? 1 : 0) +
            2 + // GraphQL refresh, READMEs
            (sources.has('pulls') ? config.pulls.repos.length : 0),
          write: 7, // the steps of write-phase.ts
        },
  );
  const tree = new TaskTree((path, node) => {
    logger.debug({ task: path.join(' › '), status: node.status, counts: node.counts }, 'task done');
    if (path.length === 2) progress.tick(path[0] as string, path[1] as string);
    if (path.length === 1 && path[0] === 'read') progress.tick('read', 'state');
  });
  const startedAt = new Date();
  const lock = await acquirePipelineLock(db.url).catch((error) => {
    progress.stop();
    throw error;
  });
  let cost: RequestCost | undefined;
  logger.info({ runId, date, sources: [...sources] }, 'pipeline run started');
  try {
    const known = await tree.task('read', async (t) => {
      const result = await readPhase(db);
      t.count('tracked_repos', result.tracked.length);
      t.count('http_cache_entries', result.httpCache.size);
      return result;
    });
    const client = createGitHubClient({ ...options.github, logger, httpCache: known.httpCache });
    cost = client.cost;
    const collection = await tree.task('collect', async (t) => {
      await testHook('collect');
      const result = await collectPhase({ octokit: client.octokit, config, sources, date, asOf, known }, t);
      t.count('repos', result.repos.length);
      t.count('details', result.details.length);
      t.count('pulls', result.pulls.length);
      t.count('github_requests', client.cost.requests);
      for (const [resource, remaining] of Object.entries(client.cost.quotaRemaining)) {
        t.count(`github_quota_remaining_${resource}`, remaining);
      }
      return result;
    });
    logger.info({ repos: collection.repos.length, github: client.cost.toJSON() }, 'collected; writing');
    await lock.assertHeld();
    const written = await db.transaction((tx) =>
      tree.task('write', async (t) => {
        const result = await writePhase(
          tx,
          { runId, date, asOf, config, collection, httpCache: known.httpCache },
          t,
        );
        await recordWorkflowRun(tx, {
          ...runRecord(runId, 'ingest', date, startedAt, tree, cost),
          status: 'succeeded',
          error: null,
          reposProcessed: result.reposProcessed,
        });
        return result;
      }),
    );
    // Rewritten after commit so the stored tree shows the write task finished too.
    await recordWorkflowRun(db.pool, {
      ...runRecord(runId, 'ingest', date, startedAt, tree, cost),
      status: 'succeeded',
      error: null,
      reposProcessed: written.reposProcessed,
    });
    const summary: RunSummary = {
      runId,
      date,
      status: 'succeeded',
      reposProcessed: written.reposProcessed,
      quality: written.quality,
      github: client.cost.toJSON(),
      seconds: (Date.now() - startedAt.getTime()) / 1000,
    };
    logger.info({ runId, repos: summary.reposProcessed, seconds: summary.seconds }, 'pipeline run committed');
    return summary;
  } catch (error) {
    await recordFailure(db, logger, runId, 'ingest', date, startedAt, tree, cost, error as Error);
    throw failedRunError(runId, error as Error);
  } finally {
    progress.stop();
    await lock.release();
  }
}

export interface ReprocessOptions {
  db: Database;
  config: Config;
  logger: Logger;
  since?: string;
}

/**
 * Rebuilds staging and the warehouse from what raw holds, day by day in date
 * order, in one transaction, with no GitHub call.
 */
export async function runReprocess(options: ReprocessOptions): Promise<{ runId: string; dates: string[] }> {
  const { db, config, logger } = options;
  const startedAt = new Date();
  const tree = new TaskTree();
  const days = await db.pool.query<{ snapshot_date: string; run_ids: string[] }>(
    `SELECT snapshot_date, array_agg(DISTINCT run_id) AS run_ids
     FROM (SELECT snapshot_date, run_id FROM raw.github_repos
           UNION SELECT snapshot_date, run_id FROM raw.github_repo_details) r
     WHERE run_id IS NOT NULL AND ($1::date IS NULL OR snapshot_date >= $1::date)
     GROUP BY snapshot_date ORDER BY snapshot_date`,
    [options.since ?? null],
  );
  if (days.rows.length === 0) {
    throw new UserFacingError(
      `raw holds no GitHub data${options.since ? ` since ${options.since}` : ''}; nothing to reprocess.`,
      'Run `gitpulse ingest` first, or pick an earlier --since (raw keeps retention.raw_days days).',
      2,
    );
  }
  const runId = newRunId('reprocess', days.rows[0]?.snapshot_date ?? '');
  const lock = await acquirePipelineLock(db.url);
  try {
    await db.transaction(async (tx) => {
      for (const day of days.rows) {
        await tree.task(`day:${day.snapshot_date}`, async (t) => {
          const blueprints = await readLandedBlueprints(tx, day.snapshot_date);
          const collection = {
            ...emptyCollection(),
            details: blueprints.map((b) => ({ ...b, detail: 'render_blueprint' as const })),
          };
          await writePhase(
            tx,
            {
              runId,
              date: day.snapshot_date,
              asOf: asOfFor(day.snapshot_date),
              config,
              collection,
              land: false,
              rawRunIds: day.run_ids,
            },
            t,
          );
        });
      }
      await recordWorkflowRun(tx, {
        ...runRecord(runId, 'reprocess', days.rows.at(-1)?.snapshot_date ?? null, startedAt, tree, undefined),
        status: 'succeeded',
        error: null,
        reposProcessed: 0,
      });
    });
    logger.info({ runId, days: days.rows.length }, 'reprocessed raw into staging and warehouse');
    return { runId, dates: days.rows.map((d) => d.snapshot_date) };
  } catch (error) {
    await recordFailure(db, logger, runId, 'reprocess', null, startedAt, tree, undefined, error as Error);
    throw failedRunError(runId, error as Error);
  } finally {
    await lock.release();
  }
}

function runRecord(
  runId: string,
  runType: 'ingest' | 'reprocess',
  runDate: string | null,
  startedAt: Date,
  tree: TaskTree,
  cost: RequestCost | undefined,
) {
  return {
    runId,
    runType,
    runDate,
    startedAt,
    completedAt: new Date(),
    taskTree: tree.roots,
    githubRequests: cost?.requests ?? 0,
    githubPoints: cost?.graphqlPoints ?? 0,
  };
}

async function recordFailure(
  db: Database,
  logger: Logger,
  runId: string,
  runType: 'ingest' | 'reprocess',
  date: string | null,
  startedAt: Date,
  tree: TaskTree,
  cost: RequestCost | undefined,
  error: Error,
): Promise<void> {
  logger.error({ runId, err: error.message }, 'pipeline run failed; nothing was written');
  await recordWorkflowRun(db.pool, {
    ...runRecord(runId, runType, date, startedAt, tree, cost),
    status: 'failed',
    error: error.message,
    reposProcessed: 0,
  }).catch((recordError) =>
    logger.error({ err: (recordError as Error).message }, 'could not record the failed run'),
  );
}

function failedRunError(runId: string, error: Error): Error {
  if (error instanceof UserFacingError) return error;
  return new UserFacingError(
    `Pipeline run ${runId} failed: ${error.message}. Nothing was written; the failure is recorded in warehouse.fact_workflow_runs.`,
    'Fix the cause and run again: state only advances with a committed run.',
  );
}
