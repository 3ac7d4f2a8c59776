import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { beforeAll, inject } from 'vitest';
import { type Database, databaseFromUrl } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrations/apply-migrations.ts';
import { IDENTITY_MIGRATIONS, type IdentityDatabase } from '../../src/identity/identity-database.ts';
import { closeAfterAll, type Keep } from './close-after-all.ts';
import { identityBeside } from './run-cli.ts';

/** A new, empty database on the test server; dropped by the returned database's close(). */
export async function createFreshDatabase({ migrate = true } = {}): Promise<Database> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `gitpulse_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = databaseFromUrl(url.toString(), {
    onClose: async () => {
      await withAdmin(adminUrl, async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        // its identity database, when a test made one beside it (run-cli.ts, createFreshIdentity)
        await admin.query(`DROP DATABASE IF EXISTS ${name}_identity WITH (FORCE)`);
      });
    },
  });
  if (migrate) await applyMigrations(database);
  return database;
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A migrated identity database beside a fresh warehouse (`<name>_identity`), closed by the caller. */
export async function createFreshIdentity(warehouse: Database): Promise<IdentityDatabase> {
  const identity = databaseFromUrl<'identity'>(await identityBeside(warehouse.url));
  await applyMigrations(identity, { set: IDENTITY_MIGRATIONS });
  return identity;
}

/** A fresh warehouse and its identity database, both kept to be closed after the file's tests (the identity first). */
export async function freshWarehouseWithIdentity(
  keep: Keep,
): Promise<{ db: Database; identity: IdentityDatabase }> {
  const db = keep(await createFreshDatabase());
  return { db, identity: keep(await createFreshIdentity(db)) };
}

/**
 * A fresh database for a test file that needs nothing else: created before all its
 * tests, dropped after all of them (closeAfterAll). Call the returned function
 * inside a test for the database.
 */
export function freshDatabaseBeforeAll(options: { migrate?: boolean } = {}): () => Database {
  const keep = closeAfterAll();
  let db: Database | undefined;
  beforeAll(async () => {
    db = keep(await createFreshDatabase(options));
  });
  return () => {
    if (!db) throw new Error('the fresh database is created in beforeAll');
    return db;
  };
}
