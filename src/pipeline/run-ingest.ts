import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { today } from '../calendar-days.ts';
import type { Config } from '../config/config-schema.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log/logger.ts';
import { createPhaseProgress } from '../log/phase-progress.ts';
import type { QualityResult } from '../ops/data-quality.ts';
import { RawSpool } from '../raw/raw-spool.ts';
import { createGitHubClient, type GitHubClientOptions } from '../sources/github/client/github-client.ts';
import {
  describeQuotaPlan,
  describeStarHistoryPlan,
  readQuotaPlan,
} from '../sources/github/client/quota-plan.ts';
import type { RequestCost } from '../sources/github/client/request-cost.ts';
import { collectPhase } from './collect-phase.ts';
import { readPhase } from './read-phase.ts';
import { withRecordedRun } from './recorded-run.ts';
import { deliverySource } from './sources/delivery-source.ts';
import { graphqlCostKey } from './sources/graphql-points.ts';
import { PIPELINE_SOURCES, plannedCollectTasks, plannedCost, stepsFor } from './sources/pipeline-sources.ts';
import { starHistorySource } from './sources/star-history-source.ts';
import type { TaskHooks } from './task-tree.ts';
import { plannedWriteTasks, writePhase } from './write-phase.ts';

export interface RunSummary {
  runId: string;
  date: string;
  status: 'succeeded';
  reposProcessed: number;
  /** Tracked repositories this run found gone from GitHub (README "Sources"). */
  reposGone: number;
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
    'baseUrl' | 'credentials' | 'pacing' | 'backoffBaseMs' | 'retries' | 'timeoutMs'
  >;
  date: string;
  /** Names of the sources to collect (PIPELINE_SOURCES); all when empty. */
  only?: string[];
  /** Progress bars on a terminal (default true; off inside a backfill, which has its own). */
  progress?: boolean;
  /** Where collected answers wait for the write phase (default: a directory under the system's temp dir). */
  spoolDir?: string;
  /** Told the quota plan (what the run needs, what each credential has) before collecting. */
  onQuotaPlan?: (description: string) => void;
  /** Called before each task; tests stop a run at a chosen task through it. */
  beforeTask?: TaskHooks['beforeTask'];
}

/** Midday of a past day (replays, backfills); now for today. */
export const asOfFor = (date: string) =>
  date === today() ? new Date().toISOString() : `${date}T12:00:00.000Z`;

/**
 * One pipeline run in three phases: read (short connection), collect (GitHub
 * only, no connection), write (one transaction). A failure anywhere rolls the
 * write back and is recorded as a failed run.
 */
export async function runIngest(options: IngestOptions): Promise<RunSummary> {
  const { db, config, logger, date } = options;
  const sources = new Set<string>(options.only?.length ? options.only : PIPELINE_SOURCES);
  const steps = stepsFor(config, sources);
  const starHistoryLimit = steps.includes(starHistorySource) ? config.star_history.max_requests_per_run : 0;
  const deliveryRepos = steps.includes(deliverySource) ? config.delivery.repos : [];
  const asOf = asOfFor(date);
  const startedAt = Date.now();
  const progress = createPhaseProgress(
    options.progress === false
      ? {}
      : { read: 1, collect: plannedCollectTasks(steps, config), write: plannedWriteTasks(true) },
  );
  const hooks = {
    beforeTask: options.beforeTask,
    onTask: (path: readonly string[], node: { status: string; counts: Record<string, number> }) => {
      logger.debug({ task: path.join(' › '), status: node.status, counts: node.counts }, 'task done');
      if (path.length === 2) progress.tick(path[0] as string, path[1] as string);
      if (path.length === 1 && path[0] === 'read') progress.tick('read', 'state');
    },
  };
  try {
    const alertOnFailure = options.config.alerts.rules.run_failed;
    return await withRecordedRun({ db, logger, kind: 'ingest', date, hooks, alertOnFailure }, async (run) => {
      const { runId, tree } = run;
      logger.info({ runId, date, sources: [...sources] }, 'pipeline run started');
      const known = await tree.task('read', async (t) => {
        const result = await readPhase(db, { date, starHistoryLimit, deliveryRepos });
        t.count('tracked_repos', result.tracked.size);
        t.count('http_cache_entries', result.httpCache.size);
        return result;
      });
      const client = createGitHubClient({
        timeoutMs: config.github.timeout_seconds * 1000,
        ...options.github,
        logger,
        httpCache: known.httpCache,
      });
      run.cost = client.cost;
      const spool = RawSpool.open(options.spoolDir ?? join(tmpdir(), 'gitpulse-spool'), { runId, date });
      try {
        const collection = await tree.task('collect', async (t) => {
          const cost = plannedCost(steps, config, known);
          await t.task('quota_plan', async (q) => {
            const graphql = await readQuotaPlan(client, 'graphql', cost.graphqlPoints);
            q.count('graphql_points_needed', graphql.needed);
            q.count('graphql_points_available', graphql.available);
            q.count('wait_seconds', graphql.waitSeconds);
            const description = describeQuotaPlan(graphql);
            logger[graphql.waitSeconds > 0 ? 'warn' : 'info']({ plan: graphql }, description);
            options.onQuotaPlan?.(description);
            // Core requests: the star history's pages (it reads what the quota allows and never
            // waits for a reset) and the delivery source's workflow runs and compares (the other
            // REST calls are a few per new repository).
            const wanted = cost.coreRequests;
            if (wanted === 0) return;
            const core = await readQuotaPlan(client, 'core', wanted);
            q.count('core_requests_needed', core.needed);
            q.count('core_requests_available', core.available);
            const starPages = steps.includes(starHistorySource)
              ? (starHistorySource.cost(config, known).coreRequests ?? 0)
              : 0;
            const others = wanted - starPages;
            const lines = [
              ...(others > 0
                ? [
                    describeQuotaPlan({
                      ...core,
                      needed: others,
                      waitSeconds: others <= core.available ? 0 : core.waitSeconds,
                    }),
                  ]
                : []),
              ...(starPages > 0 ? [describeStarHistoryPlan({ ...core, needed: starPages })] : []),
            ];
            for (const line of lines) {
              logger.info({ plan: core }, line);
              options.onQuotaPlan?.(line);
            }
          });
          const result = await collectPhase(
            {
              octokit: client.octokit,
              config,
              sources,
              date,
              asOf,
              known,
              spool,
              coreQuotaLeft: async () => (await readQuotaPlan(client, 'core', 0)).available,
              starHistoryLimit,
            },
            steps,
            t,
          );
          t.count('repos', spool.counts.github_repos);
          t.count('details', spool.counts.github_repo_details);
          t.count('star_history_pages', spool.counts.github_star_history);
          t.count('pulls', result.pulls.length);
          t.count('github_requests', client.cost.requests);
          for (const [resource, remaining] of Object.entries(client.cost.quotaRemaining)) {
            t.count(`github_quota_remaining_${resource}`, remaining);
          }
          // what GitHub charged each GraphQL operation, for the next run's quota plan
          for (const [operation, points] of Object.entries(client.cost.graphqlCostByOperation))
            result.state.set(graphqlCostKey(operation), { lastRun: asOf, cursor: { points } });
          return result;
        });
        logger.info(
          { receipts: spool.counts.github_repos, github: client.cost.toJSON() },
          'collected: repository receipts, one per source that listed a repository (a repository in two lists counts twice); writing',
        );
        await run.assertLockHeld();
        const written = await db.transaction((tx) =>
          tree.task('write', async (t) => {
            const result = await writePhase(
              tx,
              { runId, date, asOf, config, collection, httpCache: known.httpCache },
              t,
            );
            await run.recordSuccess(tx, result.reposProcessed);
            return result;
          }),
        );
        const summary: RunSummary = {
          runId,
          date,
          status: 'succeeded',
          reposProcessed: written.reposProcessed,
          reposGone: written.reposGone.length,
          quality: written.quality,
          github: client.cost.toJSON(),
          seconds: (Date.now() - startedAt) / 1000,
        };
        // Expected, not a fault (a backfill of the replay meets a few every day): info, not a warning
        // on the terminal; `gitpulse status` counts them per run.
        if (written.reposGone.length > 0)
          logger.info(
            { runId, gone: written.reposGone },
            'repositories gone from GitHub (deleted, or no longer visible): recorded in ops.gone_repositories and no longer tracked',
          );
        logger.info(
          { runId, repositories: summary.reposProcessed, gone: summary.reposGone, seconds: summary.seconds },
          'pipeline run committed: distinct repositories snapshotted',
        );
        return summary;
      } finally {
        spool.remove();
      }
    });
  } finally {
    progress.stop();
  }
}
