import type pg from 'pg';
import { UserFacingError } from '../../user-facing-error.ts';
import type { Database } from '../database.ts';
import { sqlFile } from '../sql-file.ts';
import { type MigrationFile, readMigrationFiles } from './read-migration-files.ts';

const ENSURE_TABLE_SQL = sqlFile(import.meta.url, 'ensure-migrations-table.sql');
// Any fixed 64-bit number; every gitpulse process uses the same one.
const MIGRATION_LOCK_KEY = 7_347_101_001;

export interface MigrationStatus {
  version: number;
  name: string;
  appliedAt: Date | null;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
  applied_at: Date;
}

/**
 * Applies every pending migration in ONE transaction, under a transaction-level
 * advisory lock: a second process starting at the same moment waits, then
 * finds nothing pending. Refuses to run when an applied file was edited.
 */
export async function applyMigrations(
  database: Database,
  files = readMigrationFiles(),
): Promise<MigrationFile[]> {
  return database.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(ENSURE_TABLE_SQL);
    const applied = await readApplied(client);
    verifyChecksums(files, applied);
    const pending = files.filter((file) => !applied.has(file.version));
    for (const migration of pending) {
      try {
        await client.query(migration.sql);
      } catch (error) {
        throw new UserFacingError(
          `Migration ${migration.name} failed: ${(error as Error).message}. Nothing was applied.`,
          'Fix the migration file and run `gitpulse migrate` again.',
        );
      }
      await client.query('INSERT INTO ops.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
    }
    return pending;
  });
}

export async function migrationStatus(
  database: Database,
  files = readMigrationFiles(),
): Promise<MigrationStatus[]> {
  return database.withClient(async (client) => {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('ops.schema_migrations') IS NOT NULL AS exists",
    );
    const applied = rows[0]?.exists ? await readApplied(client) : new Map<number, AppliedRow>();
    return files.map((file) => ({
      version: file.version,
      name: file.name,
      appliedAt: applied.get(file.version)?.applied_at ?? null,
    }));
  });
}

async function readApplied(client: pg.PoolClient): Promise<Map<number, AppliedRow>> {
  const { rows } = await client.query<AppliedRow>(
    'SELECT version, name, checksum, applied_at FROM ops.schema_migrations ORDER BY version',
  );
  return new Map(rows.map((row) => [row.version, row]));
}

function verifyChecksums(files: MigrationFile[], applied: Map<number, AppliedRow>): void {
  for (const file of files) {
    const row = applied.get(file.version);
    if (row && row.checksum !== file.checksum) {
      throw new UserFacingError(
        `Migration ${file.name} was changed after it was applied (applied checksum ${row.checksum.slice(0, 12)}…, file now ${file.checksum.slice(0, 12)}…).`,
        'Restore the original file and put the change in a new numbered migration.',
        2,
      );
    }
  }
  const known = new Set(files.map((file) => file.version));
  const unknown = [...applied.values()].filter((row) => !known.has(row.version));
  if (unknown.length > 0) {
    throw new UserFacingError(
      `The database has migrations this gitpulse does not ship: ${unknown.map((row) => row.name).join(', ')}.`,
      'Upgrade gitpulse, or point DATABASE_URL at another database.',
      2,
    );
  }
}
