import { once } from 'node:events';
import {
  makeWorkerUtils,
  parseCrontab,
  type Runner,
  run,
  Logger as WorkerLogger,
  type WorkerUtils,
} from 'graphile-worker';
import pg from 'pg';
import type { Logger } from '../log/logger.ts';

const LINGER_MS = 25;

export interface JobWorker {
  /** Queues a job; a job with the same key that is still waiting is not queued twice. */
  addJob(task: string, payload: unknown, options?: { jobKey?: string; maxAttempts?: number }): Promise<void>;
  /**
   * Makes sure the task's one job (job key: the task's name) starts after this
   * call. Calls made while a request is on its way share the next request, so
   * a burst (a webhook storm) costs a few queries, not one per call.
   */
  requestRun(task: string): Promise<void>;
  stop(): Promise<void>;
}

type ReleaseOnce = (client: unknown, idleListener: unknown) => (error?: unknown) => void;

/**
 * graphile-worker 0.16 can release its LISTEN client twice when that client's
 * connection dies while the runner is being stopped (the error path and the
 * shutdown both release it); pg-pool then throws inside a promise nobody
 * handles, which ends the process. The job queue's own pool makes a second
 * release of the same checkout a no-op; the first one already returned it.
 */
export class JobQueuePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    const self = this as unknown as { _releaseOnce: ReleaseOnce };
    const releaseOnce = self._releaseOnce.bind(this);
    self._releaseOnce = (client, idleListener) => {
      const release = releaseOnce(client, idleListener);
      let released = false;
      return (error) => {
        if (released) return;
        released = true;
        release(error);
      };
    };
  }
}

/**
 * The Postgres job queue (graphile-worker) behind `gitpulse serve` (its tasks:
 * src/scheduler/job-tasks.ts), some of them on a cron schedule. Every serving instance runs
 * one; graphile-worker's cron bookkeeping makes each scheduled time run once
 * across all of them, and each job is taken by one worker, retried on failure.
 */
export async function startJobWorker(options: {
  databaseUrl: string;
  logger: Logger;
  tasks: Record<string, (payload: unknown) => Promise<void>>;
  /** Tasks queued on a five-field cron (UTC); none: no schedule. */
  schedules?: readonly { task: string; cron: string }[];
}): Promise<JobWorker> {
  const { logger } = options;
  const schedules = options.schedules ?? [];
  const workerLogger = new WorkerLogger(() => (level, message) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
    logger[method]({ component: 'graphile-worker' }, message);
  });
  // Our own pool, so its connections' errors (a server shutting down) are logged, not thrown.
  const pool = new JobQueuePool({
    connectionString: options.databaseUrl,
    max: 4,
    application_name: 'gitpulse-jobs',
  });
  pool.on('error', (error) => logger.debug({ err: error.message }, 'job queue connection closed'));
  // pool.end() resolves once clients are told to end, not once their sockets
  // close; stop() waits for the sockets so PostgreSQL can stop right after.
  const connected = new Set<pg.PoolClient>();
  pool.on('connect', (client) => {
    connected.add(client);
    client.once('end', () => connected.delete(client));
  });
  const utils: WorkerUtils = await makeWorkerUtils({
    connectionString: options.databaseUrl,
    logger: workerLogger,
  });
  const runOptions = {
    pgPool: pool,
    // The scheduled ingest and webhook processing side by side; webhook
    // processing keeps its order with a lock of its own (src/pipeline/process-pending-deliveries.ts).
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: workerLogger,
    taskList: Object.fromEntries(
      Object.entries(options.tasks).map(([name, fn]) => [name, async (payload: unknown) => fn(payload)]),
    ),
    parsedCronItems: parseCrontab(
      schedules
        .map(({ task, cron }) => `${cron} ${task} ?max=1&jobKey=gitpulse-scheduled-${task}`)
        .join('\n'),
    ),
  };
  let stopping = false;
  let runner: Runner;
  let recovering: Promise<void> | undefined;
  const startRunner = async (): Promise<Runner> => {
    const started = await run(runOptions);
    // A worker that cannot record a job's end (its connection died right then) stops
    // for good, and graphile-worker 0.16 does not replace it: with both gone nothing
    // would run again. Start a new runner and free what the dead worker held.
    started.events.on('worker:fatalError', ({ worker }) => {
      recovering ??= recover(worker.workerId).finally(() => {
        recovering = undefined;
      });
    });
    return started;
  };
  const recover = async (deadWorkerId: string) => {
    logger.warn({ worker: deadWorkerId }, 'a job queue worker lost its connection; restarting the job queue');
    await runner.stop().catch(() => {});
    for (let attempt = 0; !stopping; attempt++) {
      try {
        await utils.forceUnlockWorkers([deadWorkerId]);
        runner = await startRunner();
        logger.info('job queue restarted');
        return;
      } catch (error) {
        logger.warn({ err: (error as Error).message }, 'job queue restart failed; trying again');
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
      }
    }
  };
  runner = await startRunner();
  for (const { task, cron } of schedules)
    logger.info({ task, cron }, `scheduler started: ${task} runs on this cron (UTC)`);
  const addJob: JobWorker['addJob'] = async (task, payload, jobOptions) => {
    await utils.addJob(task, payload as never, jobOptions);
  };
  const requests = new Map<string, { sending?: Promise<void>; next?: Promise<void> }>();
  const requestRun = (task: string): Promise<void> => {
    const state = requests.get(task) ?? {};
    requests.set(task, state);
    if (!state.sending) {
      // A locked (running) job with this key is left alone and a new one is added.
      state.sending = addJob(task, {}, { jobKey: `gitpulse-${task}`, maxAttempts: 25 }).finally(() => {
        state.sending = undefined;
      });
      return state.sending;
    }
    // The request on its way may be taken and finished before this caller's
    // work was there to see: one more request follows it, a moment later so
    // that a storm's calls share it.
    state.next ??= state.sending
      .catch(() => {})
      .then(() => new Promise((resolve) => setTimeout(resolve, LINGER_MS)))
      .then(() => {
        state.next = undefined;
        return requestRun(task);
      });
    return state.next;
  };
  return {
    addJob,
    requestRun,
    stop: async () => {
      stopping = true;
      await recovering;
      await runner.stop();
      await utils.release();
      const closing = [...connected].map((client) => once(client, 'end'));
      await pool.end();
      await Promise.all(closing);
    },
  };
}
