import type { Command } from 'commander';
import { applyMigrations, migrationStatus } from '../../db/migrations/apply-migrations.ts';
import { IDENTITY_MIGRATIONS } from '../../identity/identity-database.ts';
import { withCommandContext } from '../command-context.ts';
import { openEventsStoreOrWarn } from '../open-events-store-or-warn.ts';
import { printTable } from '../print-table.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (every command also does this first)')
    .option('--status', 'list migrations and whether each is applied, without applying any')
    .action(async (options: { status?: boolean }, command: Command) => {
      await withCommandContext(
        command,
        async (context) => {
          const { db, logger } = context;
          const identity = await context.identity();
          if (options.status) {
            for (const [title, rows] of [
              ['Migrations', await migrationStatus(db)],
              [
                'Migrations of the identity database',
                await migrationStatus(identity, { set: IDENTITY_MIGRATIONS }),
              ],
            ] as const) {
              printTable(
                title,
                rows.map((row) => ({
                  version: row.version,
                  name: row.name,
                  applied_at: row.appliedAt ?? 'pending',
                })),
              );
            }
            return;
          }
          const applied = [
            ...(await applyMigrations(db)),
            ...(await applyMigrations(identity, { set: IDENTITY_MIGRATIONS })),
          ];
          if (applied.length === 0) logger.info('databases are up to date; no migration pending');
          process.stdout.write(`${applied.length} migration(s) applied\n`);
          // The events store migrates as it opens; here too, when it can be opened.
          const events = await openEventsStoreOrWarn(
            context,
            'not migrated now; it migrates whenever it opens',
          );
          await events?.close();
        },
        { migrate: false },
      );
    });
}
