import { sqlFile, withIdentifiers } from '../sql/sql-file.ts';
import type { Database } from './database.ts';
import { applyMigrations, type MigrationSet, WAREHOUSE_MIGRATIONS } from './migrations/apply-migrations.ts';

const DROP_SCHEMA = sqlFile(import.meta.url, 'reset-database.sql');

/**
 * Drops every schema of a database's migration set and those others keep
 * there, then migrates from scratch (development only). Returns how many
 * migrations ran.
 */
export async function resetDatabase(
  db: Database<string>,
  set: MigrationSet = WAREHOUSE_MIGRATIONS,
): Promise<number> {
  await db.transaction(async (client) => {
    for (const schema of [...set.schemas, ...(set.otherSchemas ?? [])])
      await client.query(withIdentifiers(DROP_SCHEMA, { schema }));
  });
  return (await applyMigrations(db, { set })).length;
}
