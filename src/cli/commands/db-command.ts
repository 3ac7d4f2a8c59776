import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { redactUrl } from '../../db/database.ts';
import { applyMigrations } from '../../db/migrations/apply-migrations.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { type GlobalOptions, withCommandContext } from '../command-context.ts';

const RESET_SQL = readFileSync(new URL('../../db/reset-database.sql', import.meta.url), 'utf8');

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('reset')
    .description('drop and recreate every gitpulse schema (development only: deletes all data)')
    .option('--yes', 'confirm that all data may be deleted')
    .action(async (options: { yes?: boolean }, command: Command) => {
      if (!options.yes) {
        throw new UserFacingError(
          'db reset deletes all gitpulse data.',
          'Run `gitpulse db reset --yes` to confirm.',
          2,
        );
      }
      await withCommandContext(
        command.optsWithGlobals<GlobalOptions>(),
        async ({ db: database, logger }) => {
          await database.transaction((client) => client.query(RESET_SQL));
          const applied = await applyMigrations(database);
          logger.info({ database: redactUrl(database.url) }, 'database reset');
          process.stdout.write(`database reset; ${applied.length} migration(s) applied\n`);
        },
        { migrate: false },
      );
    });
}
