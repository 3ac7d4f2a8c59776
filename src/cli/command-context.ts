import { Command } from 'commander';
import type { Config } from '../config/config-schema.ts';
import type { Env } from '../config/env-schema.ts';
import { loadConfig } from '../config/load-config.ts';
import { readEnv } from '../config/read-env.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/migrations/apply-migrations.ts';
import { type IdentityDatabase, openIdentityDatabase } from '../identity/identity-database.ts';
import { createLogger, type Logger, quietTerminal } from '../log/logger.ts';

export interface GlobalOptions {
  config?: string;
  verbose?: boolean;
}

export interface CommandContext {
  env: Env;
  config: Config;
  configPath: string | null;
  logger: Logger;
  db: Database;
  /** The identity database, opened (and migrated) on first use, closed with the command. */
  identity(): Promise<IdentityDatabase>;
}

/**
 * What every command starts with: environment and config validated (exit 2 when
 * bad), a logger, the database opened and pending migrations applied. Takes the
 * command being run (its options with the global ones, --config and --verbose),
 * or those options themselves.
 */
export async function withCommandContext<T>(
  command: Command | GlobalOptions,
  fn: (context: CommandContext) => Promise<T>,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<T> {
  const options = command instanceof Command ? command.optsWithGlobals<GlobalOptions>() : command;
  const env = readEnv();
  const logger = createLogger(options.verbose ? 'debug' : env.LOG_LEVEL, {
    home: env.GITPULSE_HOME,
    quiet: quietTerminal(options.verbose),
  });
  const { config, path: configPath } = loadConfig(options.config);
  const db = await openDatabase(env, logger);
  let identity: Promise<IdentityDatabase> | undefined;
  try {
    if (migrate) {
      const applied = await applyMigrations(db);
      if (applied.length > 0) {
        logger.info({ migrations: applied.map((m) => m.name) }, `applied ${applied.length} migration(s)`);
      }
    }
    const openIdentity = () => {
      identity ??= openIdentityDatabase(env, db, { migrate });
      return identity;
    };
    return await fn({ env, config, configPath, logger, db, identity: openIdentity });
  } finally {
    if (identity) await (await identity.catch(() => null))?.close();
    await db.close();
  }
}
