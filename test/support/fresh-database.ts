import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, databaseFromUrl } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrations/apply-migrations.ts';

/** A new, empty database on the test server; dropped by the returned database's close(). */
export async function createFreshDatabase({ migrate = true } = {}): Promise<Database> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `gitpulse_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = databaseFromUrl(url.toString(), {
    onClose: async () => {
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
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
