import type { Command } from 'commander';
import { resetDatabase } from '../../db/reset-database.ts';
import { IDENTITY_MIGRATIONS } from '../../identity/identity-database.ts';
import { redactUrl } from '../../log/redact-url.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { withCommandContext } from '../command-context.ts';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('url')
    .description(
      'print the PostgreSQL URL gitpulse uses, password included (the embedded server runs while a gitpulse command does)',
    )
    .action(async (_options: unknown, command: Command) => {
      await withCommandContext(
        command,
        async ({ db: database }) => {
          process.stdout.write(`${database.url}\n`);
        },
        { migrate: false },
      );
    });
  db.command('reset')
    .description(
      "drop and recreate every gitpulse schema, the identity database's too (development only: deletes all data)",
    )
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
        command,
        async ({ db: database, identity, logger }) => {
          const applied = await resetDatabase(database);
          logger.info({ database: redactUrl(database.url) }, 'database reset');
          const users = await identity();
          const appliedIdentity = await resetDatabase(users, IDENTITY_MIGRATIONS);
          logger.info({ database: redactUrl(users.url) }, 'identity database reset');
          process.stdout.write(
            `database reset; ${applied} migration(s) applied\nidentity database reset; ${appliedIdentity} migration(s) applied\n`,
          );
        },
        { migrate: false },
      );
    });
}
