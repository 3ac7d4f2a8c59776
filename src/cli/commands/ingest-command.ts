import { type Command, Option } from 'commander';
import { today } from '../../calendar-days.ts';
import { runIngest } from '../../pipeline/run-ingest.ts';
import { PIPELINE_SOURCES } from '../../pipeline/sources/pipeline-sources.ts';
import { spoolDirectory } from '../../raw/raw-spool.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { withCommandContext } from '../command-context.ts';
import { connectGitHub } from '../github-connection.ts';
import { parseDateOption } from '../option-parsers.ts';
import { printTable } from '../print-table.ts';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'one pipeline run: read state, collect from GitHub, write raw → staging → warehouse in one transaction',
    )
    .option(
      '--date <YYYY-MM-DD>',
      "run as of that day (backfill, replay); default today, or the replay's last day without a token",
    )
    .addOption(new Option('--only <sources...>', 'collect only these sources').choices([...PIPELINE_SOURCES]))
    .option('--json', 'print the run summary as JSON')
    .action(async (options: { date?: string; only?: string[]; json?: boolean }, command: Command) => {
      const date = parseDateOption(options.date, '--date');
      await withCommandContext(command, async ({ db, config, env, logger }) => {
        const github = await connectGitHub(env, logger, date);
        try {
          const runDate = date ?? (github.replay ? github.replay.world.date : today());
          if (github.replay && date) github.replay.setDate(date);
          const summary = await runIngest({
            db,
            config,
            logger,
            github,
            date: runDate,
            only: options.only,
            spoolDir: spoolDirectory(env.GITPULSE_HOME),
            onQuotaPlan: options.json ? undefined : (plan) => process.stdout.write(`${plan}\n`),
          });
          if (options.json) {
            process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
            return;
          }
          process.stdout.write(
            `run ${summary.runId} committed: ${summary.reposProcessed} repositories for ${summary.date} in ${summary.seconds.toFixed(1)} s; ` +
              `GitHub: ${summary.github.requests} requests (${summary.github.notModified} not modified), ${summary.github.graphqlPoints} GraphQL points\n`,
          );
          printTable('Data quality', summary.quality);
        } catch (error) {
          if (error instanceof RangeError)
            throw new UserFacingError(error.message, "Pick a --date inside the replay's data.", 2);
          throw error;
        } finally {
          await github.close();
        }
      });
    });
}
