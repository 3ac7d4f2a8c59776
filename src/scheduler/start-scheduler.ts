import { parseCrontab, type Runner, run, Logger as WorkerLogger } from 'graphile-worker';
import type { Logger } from '../log/logger.ts';

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * The pipeline on a cron schedule, through graphile-worker's Postgres queue:
 * every instance of `gitpulse serve` runs the scheduler, and graphile-worker's
 * cron bookkeeping makes each scheduled time run once across all of them.
 */
export async function startScheduler(options: {
  databaseUrl: string;
  cron: string;
  logger: Logger;
  ingest: () => Promise<void>;
  extraTasks?: Record<string, (payload: unknown) => Promise<void>>;
}): Promise<Scheduler> {
  const { logger } = options;
  const runner: Runner = await run({
    connectionString: options.databaseUrl,
    concurrency: 1,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: new WorkerLogger(() => (level, message) => {
      const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
      logger[method]({ component: 'graphile-worker' }, message);
    }),
    taskList: {
      ingest: async () => {
        await options.ingest();
      },
      ...options.extraTasks,
    },
    parsedCronItems: parseCrontab(`${options.cron} ingest ?max=1&jobKey=gitpulse-scheduled-ingest`),
  });
  logger.info({ cron: options.cron }, 'scheduler started: the pipeline runs on this cron (UTC)');
  return { stop: () => runner.stop() };
}
