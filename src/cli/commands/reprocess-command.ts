import type { Command } from 'commander';
import { runReprocess } from '../../pipeline/run-reprocess.ts';
import { withCommandContext } from '../command-context.ts';
import { parseDateOption } from '../option-parsers.ts';

export function registerReprocessCommand(program: Command): void {
  program
    .command('reprocess')
    .description('rebuild staging and warehouse from what raw holds, without calling GitHub')
    .option(
      '--since <YYYY-MM-DD>',
      'only days from this date on (default: every day raw still holds, the latest and retention.raw_days before it)',
    )
    .action(async (options: { since?: string }, command: Command) => {
      const since = parseDateOption(options.since, '--since');
      await withCommandContext(command, async ({ db, config, logger }) => {
        const result = await runReprocess({ db, config, logger, since });
        process.stdout.write(
          `run ${result.runId} reprocessed ${result.dates.length} day(s): ${result.dates.join(', ')}\n`,
        );
      });
    });
}
