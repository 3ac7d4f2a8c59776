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

export interface JobWorker {
  /** Queues a job; a job with the same key that is still waiting is not queued twice. */
  addJob(task: string, payload: unknown, options?: { jobKey?: string; maxAttempts?: number }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Postgres job queue (graphile-worker) behind `gitpulse serve`: webhook
 * processing, and the pipeline on a cron schedule. Every serving instance runs
 * one; graphile-worker's cron bookkeeping makes each scheduled time run once
 * across all of them, and each job is taken by one worker, retried on failure.
 */
export async function startJobWorker(options: {
  databaseUrl: string;
  logger: Logger;
  tasks: Record<string, (payload: unknown) => Promise<void>>;
  /** Five-field cron (UTC) for the `ingest` task; none: no schedule. */
  cron?: string;
}): Promise<JobWorker> {
  const { logger } = options;
  const workerLogger = new WorkerLogger(() => (level, message) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
    logger[method]({ component: 'graphile-worker' }, message);
  });
  // Our own pool, so its connections' errors (a server shutting down) are logged, not thrown.
  const pool = new pg.Pool({
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
  const runner: Runner = await run({
    pgPool: pool,
    // One job at a time: webhook events of a PR apply in the order they arrived.
    concurrency: 1,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: workerLogger,
    taskList: Object.fromEntries(
      Object.entries(options.tasks).map(([name, fn]) => [name, async (payload: unknown) => fn(payload)]),
    ),
    parsedCronItems: options.cron
      ? parseCrontab(`${options.cron} ingest ?max=1&jobKey=gitpulse-scheduled-ingest`)
      : [],
  });
  const utils: WorkerUtils = await makeWorkerUtils({
    connectionString: options.databaseUrl,
    logger: workerLogger,
  });
  if (options.cron)
    logger.info({ cron: options.cron }, 'scheduler started: the pipeline runs on this cron (UTC)');
  return {
    addJob: async (task, payload, jobOptions) => {
      await utils.addJob(task, payload as never, jobOptions);
    },
    stop: async () => {
      await runner.stop();
      await utils.release();
      const closing = [...connected].map((client) => once(client, 'end'));
      await pool.end();
      await Promise.all(closing);
    },
  };
}
