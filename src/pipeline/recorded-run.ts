import { randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import type { Logger } from '../log/logger.ts';
import { raiseRunFailedAlert } from '../ops/alerts/alerts.ts';
import { failAbandonedRuns, type RunKind, recordWorkflowRun } from '../ops/workflow-runs.ts';
import type { RequestCost } from '../sources/github/client/request-cost.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { acquirePipelineLock } from './pipeline-lock.ts';
import { type TaskHooks, TaskTree } from './task-tree.ts';

/** What a run's body sees: its id and task tree, and how to record its success. */
export interface RecordedRun {
  readonly runId: string;
  readonly tree: TaskTree;
  /** Set once the run has a GitHub client: its requests and points go into the row. */
  cost?: RequestCost;
  /** Throws when the pipeline lock's connection was lost (and the lock with it). */
  assertLockHeld(): Promise<void>;
  /**
   * Writes the run's row as succeeded. Called inside the write transaction,
   * so the row commits with the data; rewritten after the commit, so the
   * stored tree shows the write task finished too.
   */
  recordSuccess(db: Queryable, reposProcessed: number): Promise<void>;
}

export interface RecordedRunOptions {
  db: Database;
  logger: Logger;
  kind: RunKind;
  /** The day in the run id; also its run_date unless runDate says otherwise. */
  date: string;
  runDate?: string;
  hooks?: TaskHooks;
  /** Raise a run_failed alert when the run fails (config alerts.rules.run_failed). */
  alertOnFailure?: boolean;
}

const newRunId = (kind: string, date: string) =>
  `${kind}-${date}-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${randomBytes(2).toString('hex')}`;

/**
 * One pipeline run, recorded: takes the pipeline lock (a second run is
 * refused), gives the body a task tree, and leaves a row in
 * warehouse.fact_workflow_runs whether the body succeeds or throws.
 */
export async function withRecordedRun<T extends { reposProcessed: number }>(
  options: RecordedRunOptions,
  body: (run: RecordedRun) => Promise<T>,
): Promise<T> {
  const { db, logger, kind } = options;
  const lock = await acquirePipelineLock(db.url);
  const startedAt = new Date();
  const runId = newRunId(kind, options.date);
  const tree = new TaskTree(options.hooks);
  const row = (status: 'running' | 'succeeded' | 'failed', reposProcessed: number, error: string | null) => ({
    runId,
    runType: kind,
    runDate: options.runDate ?? options.date,
    startedAt,
    completedAt: status === 'running' ? null : new Date(),
    status,
    taskTree: tree.roots,
    error,
    reposProcessed,
    githubRequests: run.cost?.requests ?? 0,
    githubPoints: run.cost?.graphqlPoints ?? 0,
    githubRetries: run.cost?.retries ?? 0,
    githubNotModified: run.cost?.notModified ?? 0,
    githubSource: run.cost?.source ?? null,
  });
  const run: RecordedRun = {
    runId,
    tree,
    assertLockHeld: () => lock.assertHeld(),
    recordSuccess: (queryable, reposProcessed) =>
      recordWorkflowRun(queryable, row('succeeded', reposProcessed, null)),
  };
  try {
    // Holding the lock, any run still marked running died with its process.
    const abandoned = await failAbandonedRuns(db.pool);
    if (abandoned > 0) logger.info({ runs: abandoned }, 'marked runs whose process died as failed');
    // A row from the start: if this process dies, the next run finds it running and fails it.
    await recordWorkflowRun(db.pool, row('running', 0, null));
    const result = await body(run);
    await run.recordSuccess(db.pool, result.reposProcessed);
    return result;
  } catch (error) {
    const message = (error as Error).message;
    logger.error({ runId, err: message }, 'pipeline run failed; nothing was written');
    await recordWorkflowRun(db.pool, row('failed', 0, message)).catch((recordError) =>
      logger.error({ err: (recordError as Error).message }, 'could not record the failed run'),
    );
    if (options.alertOnFailure)
      await raiseRunFailedAlert(db.pool, {
        runId,
        day: options.runDate ?? options.date,
        error: message,
      }).catch((alertError) =>
        logger.error({ err: (alertError as Error).message }, 'could not raise the run_failed alert'),
      );
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      `Pipeline run ${runId} failed: ${message}. Nothing was written; the failure is recorded in warehouse.fact_workflow_runs.`,
      'Fix the cause and run again: state only advances with a committed run.',
    );
  } finally {
    await lock.release();
  }
}
