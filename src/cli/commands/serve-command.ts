import type { Command } from 'commander';
import type { BackfillStatus } from '../../api/api-schemas.ts';
import { createServer } from '../../api/create-server.ts';
import { webhookRoutes } from '../../api/routes/webhook-routes.ts';
import { today } from '../../calendar-days.ts';
import type { ClickHouse } from '../../clickhouse/clickhouse-connection.ts';
import { deliverAlerts } from '../../pipeline/deliver-alerts.ts';
import { processPendingDeliveries } from '../../pipeline/process-pending-deliveries.ts';
import { runIngest } from '../../pipeline/run-ingest.ts';
import { runWebhookEventsExport } from '../../pipeline/run-webhook-events-export.ts';
import { wordInsights } from '../../pipeline/word-insights.ts';
import { spoolDirectory } from '../../raw/raw-spool.ts';
import { hasStaleDeliveries } from '../../raw/webhook-deliveries.ts';
import { type JobWorker, startJobWorker } from '../../scheduler/start-job-worker.ts';
import { type CommandContext, type GlobalOptions, withCommandContext } from '../command-context.ts';
import { explainListenError } from '../explain-listen-error.ts';
import { connectGitHub, credentialsFromEnv } from '../github-connection.ts';
import { insightProviderFrom } from '../insight-provider.ts';
import { openEventsStoreOrWarn } from '../open-events-store-or-warn.ts';
import { portOption } from '../option-parsers.ts';
import { waitForShutdownSignal } from '../shutdown-signals.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('JSON API, dashboard, webhook receiver, /healthz, /metrics, and the pipeline scheduler')
    .option('--port <n>', 'port to listen on', portOption, 3000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-scheduler', 'do not run the pipeline on the configured cron (webhooks are still processed)')
    .action(async (options: ServeOptions, command: Command) => {
      await withCommandContext(command.optsWithGlobals<GlobalOptions>(), (context) =>
        serve(context, options),
      );
    });
}

export interface ServeOptions {
  port: number;
  host: string;
  scheduler: boolean;
}

/** Serves until SIGINT/SIGTERM (`gitpulse serve`). */
export async function serve(context: CommandContext, options: ServeOptions): Promise<void> {
  const serving = await startServing(context, options);
  await waitForShutdownSignal();
  await serving.stop();
}

export interface Serving {
  url: string;
  /** The events store serve opened (chDB allows one per process: share it). */
  clickhouse: ClickHouse | undefined;
  stop(): Promise<void>;
}

/**
 * The API, dashboard, webhook receiver and job queue, listening; `start` serves
 * this way while it backfills, with `backfill` telling the dashboard how far it is.
 */
export async function startServing(
  context: CommandContext,
  options: ServeOptions,
  extras: { backfill?: () => BackfillStatus | null } = {},
): Promise<Serving> {
  const { db, config, env, logger } = context;
  const insightProvider = insightProviderFrom(env, config);
  const clickhouse = await openEventsStoreOrWarn(context, 'serving without repository activity');
  // New insights wait for the LLM's wording, off the processing transaction.
  let worker: JobWorker | undefined;
  const requestWording = async () => {
    if (insightProvider) await worker?.requestRun(WORD_INSIGHTS);
  };
  const alerting = config.alerts.webhooks.length > 0;
  const requestAlerts = async () => {
    if (alerting) await worker?.requestRun(DELIVER_ALERTS);
  };
  worker = await startJobWorker({
    databaseUrl: db.url,
    logger,
    cron: options.scheduler && config.schedule.enabled ? config.schedule.cron : undefined,
    tasks: {
      [PROCESS_WEBHOOKS]: async () => {
        await processPendingDeliveries(db, {
          onFailed: (failure) =>
            logger.warn({ delivery: failure.deliveryId, err: failure.error }, 'webhook delivery failed'),
        });
        await requestWording();
        await requestAlerts();
        // Every delivery stored so far, processed or ignored, reaches the events store.
        if (clickhouse) await runWebhookEventsExport(db, clickhouse);
      },
      [DELIVER_ALERTS]: async () => {
        await deliverAlerts(db, config.alerts, process.env, logger);
      },
      [WORD_INSIGHTS]: async () => {
        if (!insightProvider) return;
        const counts = await wordInsights(db, insightProvider);
        if (counts.failed > 0)
          logger.warn(counts, 'the LLM provider failed on some insights; their deterministic text stands');
      },
      ingest: async () => {
        const github = await connectGitHub(env, logger);
        try {
          // Offline, "today" is the replay's last day: a scheduled run refreshes it.
          const date = github.replay?.world.date ?? today();
          await runIngest({ db, config, logger, github, date, spoolDir: spoolDirectory(env.GITPULSE_HOME) });
          await requestWording();
        } finally {
          await github.close();
          // A committed run may have raised star alerts, a failed one run_failed.
          await requestAlerts();
        }
      },
    },
  });
  // Demo mode (no GitHub token, no secret) accepts unsigned deliveries, but only
  // on a loopback bind: anywhere else anyone could post forged events.
  const demo = credentialsFromEnv(env).length === 0 && isLoopback(options.host);
  const requestProcessing = () => worker.requestRun(PROCESS_WEBHOOKS);
  // Deliveries a crashed server stored but never processed, and those stored while no
  // server ran, are processed now; a job a dead worker still locks is left to expire.
  await requestProcessing();
  await requestWording();
  await requestAlerts();
  if (insightProvider)
    logger.info(
      { provider: insightProvider.name, model: insightProvider.model },
      'PR insights are worded by an LLM; the deterministic engine stays the fallback',
    );
  // A job whose connection died before it finished leaves deliveries waiting: look every
  // STALE_SECONDS for one that has waited that long.
  const sweep = setInterval(() => {
    hasStaleDeliveries(db.pool, STALE_SECONDS)
      .then((stale) => (stale ? requestProcessing() : undefined))
      .catch((error: Error) => logger.warn({ err: error.message }, 'could not look for waiting deliveries'));
  }, STALE_SECONDS * 1000);
  const app = await createServer(db, {
    apiToken: env.API_TOKEN,
    logger,
    clickhouse: () => clickhouse,
    backfill: extras.backfill,
    extend: (server) =>
      webhookRoutes(server, db, {
        secret: env.GITHUB_WEBHOOK_SECRET,
        unsigned: demo,
        requestProcessing,
      }),
  });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    clearInterval(sweep);
    await app.close();
    await worker.stop();
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
      clearInterval(sweep);
      await app.close();
      await worker.stop();
      await clickhouse?.close();
    },
  };
}

const PROCESS_WEBHOOKS = 'process_webhooks';
const WORD_INSIGHTS = 'word_insights';
const DELIVER_ALERTS = 'deliver_alerts';
const STALE_SECONDS = 30;

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
