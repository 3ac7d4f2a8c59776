import type { BackfillStatus } from '../api/api-schemas.ts';
import { createServer } from '../api/create-server.ts';
import { webhookRoutes } from '../api/routes/webhook-routes.ts';
import { warmUp } from '../api/warm-up.ts';
import { today } from '../calendar-days.ts';
import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import { spoolDirectory } from '../raw/raw-spool.ts';
import { startJobTasks } from '../scheduler/start-job-tasks.ts';
import { exportClientEvents } from '../scheduler/tasks/export-client-events.ts';
import { processWebhooks } from '../scheduler/tasks/process-webhooks.ts';
import { authSettingsFrom, isLoopback } from './auth-settings.ts';
import type { CommandContext } from './command-context.ts';
import { explainListenError } from './explain-listen-error.ts';
import { connectGitHub, credentialsFromEnv } from './github-connection.ts';
import { insightProviderFrom } from './insight-provider.ts';
import { openEventsStoreOrWarn } from './open-events-store-or-warn.ts';

export interface ServeOptions {
  port: number;
  host: string;
  /** Queue the tasks that have a cron (the pipeline) on it. */
  scheduler: boolean;
}

export interface Serving {
  url: string;
  /** The events store serve opened (chDB allows one per process: share it). */
  clickhouse: ClickHouse | undefined;
  stop(): Promise<void>;
}

/**
 * The API, dashboard, webhook receiver and job queue, listening; `serve` waits
 * on it for a signal, `start` serves this way while it backfills, with
 * `backfill` telling the dashboard how far it is.
 */
export async function startServing(
  context: CommandContext,
  options: ServeOptions,
  extras: { backfill?: () => BackfillStatus | null } = {},
): Promise<Serving> {
  const { db, config, env, logger } = context;
  // before anything starts: a refused auth setting exits 2 at once
  const github = authSettingsFrom(env, config, options.host, logger);
  const insightProvider = insightProviderFrom(env, config);
  const identity = await context.identity();
  const clickhouse = await openEventsStoreOrWarn(context, 'serving without repository activity');
  const jobs = await startJobTasks(
    {
      db,
      config,
      logger,
      clickhouse,
      insightProvider,
      spoolDir: spoolDirectory(env.GITPULSE_HOME),
      connectGitHub: async () => {
        const github = await connectGitHub(env, logger);
        // Offline, "today" is the replay's last day: a scheduled run refreshes it.
        return { ...github, today: github.replay?.world.date ?? today() };
      },
    },
    { databaseUrl: db.url, schedule: options.scheduler },
  );
  // Demo mode (no GitHub token, no secret) accepts unsigned deliveries, but only
  // on a loopback bind: anywhere else anyone could post forged events.
  const demo = credentialsFromEnv(env).length === 0 && isLoopback(options.host);
  if (insightProvider)
    logger.info(
      { provider: insightProvider.name, model: insightProvider.model },
      'PR insights are worded by an LLM; the deterministic engine stays the fallback',
    );
  const app = await createServer(db, {
    apiToken: env.API_TOKEN,
    identity,
    github,
    trustProxy: config.auth.trust_proxy,
    logger,
    clickhouse: () => clickhouse,
    requestClientEventsExport: () => jobs.requestRun(exportClientEvents.name),
    backfill: extras.backfill,
    extend: (server) =>
      webhookRoutes(server, db, {
        secret: env.GITHUB_WEBHOOK_SECRET,
        unsigned: demo,
        requestProcessing: () => jobs.requestRun(processWebhooks.name),
      }),
  });
  await warmUp(app, logger);
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await jobs.stop();
    await clickhouse?.close();
    throw explainListenError(error, options.port, options.host);
  }
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${options.port}/`;
  if (!env.GITHUB_WEBHOOK_SECRET) {
    logger.warn(
      demo
        ? 'no GITHUB_WEBHOOK_SECRET: demo mode accepts unsigned webhooks (on this loopback address only)'
        : `no GITHUB_WEBHOOK_SECRET: webhooks are refused${credentialsFromEnv(env).length > 0 ? '' : ` (unsigned demo webhooks are accepted on a loopback --host only, not ${options.host})`}`,
    );
  }
  process.stdout.write(`gitpulse is serving: open ${url} (API: ${url}api/docs); Ctrl-C stops it\n`);
  return {
    url,
    clickhouse,
    stop: async () => {
      logger.info('stopping');
      await app.close();
      await jobs.stop();
      await clickhouse?.close();
    },
  };
}
