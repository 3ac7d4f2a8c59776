import type { Command } from 'commander';
import type { BackfillStatus } from '../../api/api-schemas.ts';
import { addDays, today } from '../../calendar-days.ts';
import { logFile, quietTerminal } from '../../log/logger.ts';
import { runBackfill } from '../../pipeline/run-backfill.ts';
import { spoolDirectory } from '../../raw/raw-spool.ts';
import { hoursBetween } from '../../sources/gharchive/hour-files.ts';
import { type CommandContext, type GlobalOptions, withCommandContext } from '../command-context.ts';
import { connectGitHub } from '../github-connection.ts';
import { importHoursWithProgress } from '../import-hours-with-progress.ts';
import { openEventsStoreOrWarn } from '../open-events-store-or-warn.ts';
import { integerOption, portOption } from '../option-parsers.ts';
import { waitForShutdownSignal } from '../shutdown-signals.ts';
import { type Serving, startServing } from '../start-serving.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      "what `npm start` runs: migrate, ingest (backfilling the replay's last days without a token), then serve",
    )
    .option('--days <n>', 'days of the offline replay to backfill without a token', integerOption(1, 92), 30)
    .option('--port <n>', 'port to serve on', portOption, 3000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--event-days <n>',
      "without a token: days of the replay's GH Archive hours to import before the backfilled ones (0: only those)",
      integerOption(0, 92),
      7,
    )
    .option('--no-events', 'do not import GH Archive hours into the events store')
    .option('--no-serve', 'stop after ingesting')
    .action(async (options: StartOptions, command: Command) => {
      await withCommandContext(command, async (context) => {
        const { db, config, env, logger } = context;
        const github = await connectGitHub(env, logger);
        let serving: Serving | undefined;
        try {
          const replay = github.replay;
          const days = replay ? replay.world.dataset.dates.slice(-Math.max(1, options.days)) : [today()];
          if (replay)
            process.stdout.write(
              `Backfilling ${days.length} day(s) of the replay${options.serve ? ' behind the server' : ''}.\n`,
            );
          if (quietTerminal(command.optsWithGlobals<GlobalOptions>().verbose))
            process.stdout.write(`Full log: ${logFile(env.GITPULSE_HOME)}\n`);
          // Serve at once; the dashboard fills as the backfill's days commit and says how far it is.
          const backfill: BackfillStatus = { done: 0, days: days.length, current: days[0] ?? null };
          let backfilling = true;
          if (options.serve)
            serving = await startServing(
              context,
              { port: options.port, host: options.host, scheduler: true },
              { backfill: () => (backfilling ? backfill : null) },
            );
          await runBackfill({
            db,
            config,
            logger,
            github,
            spoolDir: spoolDirectory(env.GITPULSE_HOME),
            days,
            skipIngested: replay !== undefined,
            beforeDay: (day) => {
              backfill.current = day;
              replay?.setDate(day);
            },
            afterDay: (done, pending) => {
              backfill.done = days.length - pending + done;
            },
          });
          backfilling = false;
          if (replay && options.events)
            await importReplayHours(context, replay.gharchiveUrl, days, options.eventDays, serving);
        } catch (error) {
          await serving?.stop();
          throw error;
        } finally {
          await github.close();
        }
        if (serving) {
          process.stdout.write(`gitpulse is ready: open ${serving.url}; Ctrl-C stops it\n`);
          await waitForShutdownSignal();
          await serving.stop();
        }
      });
    });
}

interface StartOptions {
  days: number;
  eventDays: number;
  events: boolean;
  port: number;
  host: string;
  serve: boolean;
}

/**
 * The replay's GH Archive hours for the backfilled days and `earlier` days
 * before them, so repository pages have activity and a pre-tracking estimate.
 * Hours already imported are skipped; without an events store, a warning.
 */
async function importReplayHours(
  context: CommandContext,
  baseUrl: string,
  days: string[],
  earlier: number,
  serving: Serving | undefined,
) {
  const { logger } = context;
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return;
  // chDB opens its data directory once per process: use the server's store when it serves.
  const clickhouse = serving
    ? serving.clickhouse
    : await openEventsStoreOrWarn(context, 'no GH Archive import');
  if (!clickhouse) return;
  try {
    const hours = hoursBetween(
      new Date(`${addDays(first, -Math.max(0, earlier))}T00:00:00Z`),
      new Date(`${last}T23:00:00Z`),
    );
    const result = await importHoursWithProgress(context, clickhouse, { baseUrl, hours });
    logger.info(
      {
        hours: result.imported.length,
        skipped: result.skippedHours,
        failed: result.failed.length,
        events: result.events,
      },
      "imported the replay's GH Archive hours into the events store",
    );
  } finally {
    if (!serving) await clickhouse.close();
  }
}
