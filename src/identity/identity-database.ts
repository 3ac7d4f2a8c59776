import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { Env } from '../config/env-schema.ts';
import { createDatabaseIfMissing } from '../db/create-database-if-missing.ts';
import { type Database, databaseFromUrl, type HandleOf } from '../db/database.ts';
import { applyMigrations, type MigrationSet } from '../db/migrations/apply-migrations.ts';
import { redactUrl } from '../log/redact-url.ts';
import { UserFacingError } from '../user-facing-error.ts';

/** The identity database (SPEC section 10): its own pool, never the warehouse's. */
export type IdentityDatabase = Database<'identity'>;
/** What an identity statement runs on: the identity pool or one of its connections. */
export type IdentityQueryable = HandleOf<'identity', pg.Pool> | HandleOf<'identity', pg.PoolClient>;

/** Its migrations (migrations/identity/), ledger and lock, apart from the warehouse's. */
export const IDENTITY_MIGRATIONS: MigrationSet = {
  dir: fileURLToPath(new URL('../../migrations/identity/', import.meta.url)),
  ledger: { schema: 'identity', table: 'schema_migrations' },
  lockKey: 7_347_101_002,
  schemas: ['identity'],
};

/** The database name used on the warehouse's server when IDENTITY_DATABASE_URL is unset. */
export const IDENTITY_DATABASE = 'gitpulse_identity';

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
const sameDatabase = (a: string, b: string) => {
  const [x, y] = [new URL(a), new URL(b)];
  return (
    x.hostname === y.hostname &&
    (x.port || '5432') === (y.port || '5432') &&
    databaseName(a) === databaseName(b)
  );
};

/**
 * IDENTITY_DATABASE_URL when set, else `gitpulse_identity` on the warehouse's
 * server (created on first use), migrated; refused when it is the warehouse
 * database itself.
 */
export async function openIdentityDatabase(
  env: Env,
  warehouse: Database,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<IdentityDatabase> {
  let url = env.IDENTITY_DATABASE_URL;
  if (url && sameDatabase(url, warehouse.url)) {
    throw new UserFacingError(
      `IDENTITY_DATABASE_URL names the warehouse database (${redactUrl(url)}); users are kept in a database of their own.`,
      `Point it at another database, or unset it to use ${IDENTITY_DATABASE} on the warehouse's server.`,
      2,
    );
  }
  if (!url) {
    const own = new URL(warehouse.url);
    own.pathname = `/${IDENTITY_DATABASE}`;
    url = own.toString();
    await ensureDatabase(warehouse, IDENTITY_DATABASE);
  }
  const identity = databaseFromUrl<'identity'>(url);
  try {
    if (migrate) await applyMigrations(identity, { set: IDENTITY_MIGRATIONS });
  } catch (error) {
    await identity.close().catch(() => {});
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      `Cannot open the identity database at ${redactUrl(url)}: ${(error as Error).message}`,
      'Check IDENTITY_DATABASE_URL (or that the warehouse role may create databases when it is unset).',
    );
  }
  return identity;
}

async function ensureDatabase(warehouse: Database, name: string): Promise<void> {
  try {
    await createDatabaseIfMissing(warehouse.pool, name);
  } catch (error) {
    throw new UserFacingError(
      `Cannot create the identity database ${name} beside the warehouse: ${(error as Error).message}`,
      'Create it yourself, or point IDENTITY_DATABASE_URL at a database gitpulse may use.',
      2,
    );
  }
}
