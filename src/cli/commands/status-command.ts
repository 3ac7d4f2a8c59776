import type { Command } from 'commander';
import { IDENTITY_MIGRATIONS } from '../../identity/identity-database.ts';
import { countRowsPerTable, readStatus } from '../../status/read-status.ts';
import { withCommandContext } from '../command-context.ts';
import { integerOption } from '../option-parsers.ts';
import { printTable } from '../print-table.ts';

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description(
      'last runs, row counts per table (both databases), latest snapshot date, repos per language, data quality',
    )
    .option('--json', 'print one JSON document instead of tables')
    .option('--runs <n>', 'how many recent runs to list', integerOption(1, 1000), 10)
    .action(async (options: { json?: boolean; runs: number }, command: Command) => {
      await withCommandContext(command, async ({ db, configPath, identity }) => {
        const users = await identity();
        const status = {
          ...(await readStatus(db.pool, { runs: options.runs })),
          identityTables: await countRowsPerTable(users.pool, IDENTITY_MIGRATIONS.schemas),
        };
        if (options.json) {
          process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
          return;
        }
        process.stdout.write(`config: ${configPath ?? 'defaults (no gitpulse.config.yaml)'}\n`);
        process.stdout.write(
          `latest snapshot date: ${status.latestSnapshotDate ?? 'none yet (run gitpulse ingest)'}\n`,
        );
        printTable('Last runs', status.lastRuns);
        printTable('Rows per table', status.tables);
        printTable('Rows per table of the identity database', status.identityTables);
        printTable('Repositories per language (latest snapshot)', status.reposPerLanguage);
        printTable('Data quality (latest run)', status.quality);
      });
    });
}
