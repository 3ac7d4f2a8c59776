import type { Database } from './database.ts';
import { applyMigrations } from './migrations/apply-migrations.ts';
import { sqlFile } from './sql-file.ts';

const RESET = sqlFile(import.meta.url, 'reset-database.sql');

/** Drops every gitpulse schema and migrates from scratch (development only). Returns how many migrations ran. */
export async function resetDatabase(db: Database): Promise<number> {
  await db.transaction((client) => client.query(RESET));
  return (await applyMigrations(db)).length;
}
