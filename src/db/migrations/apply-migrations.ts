import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { type MigrationFile, readMigrationFiles } from '../../sql/read-migration-files.ts';
import { sqlFile, withIdentifiers } from '../../sql/sql-file.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import type { Database } from '../database.ts';

const ENSURE_LEDGER = sqlFile(import.meta.url, 'ensure-migrations-table.sql');
const READ_APPLIED = sqlFile(import.meta.url, 'read-applied-migrations.sql');
const RECORD_APPLIED = sqlFile(import.meta.url, 'record-applied-migration.sql');

/** A database's migrations, as kysely's Migrator takes them: where the files are, their ledger, their lock. */
export interface MigrationSet {
  /** A folder of NNNN_name.sql files. */
  dir: string;
  /** The table recording what was applied. */
  ledger: { schema: string; table: string };
  /** The advisory lock every process applying this set takes: any fixed 64-bit number of its own. */
  lockKey: number;
  /** The schemas its migrations create, in layer order: `gitpulse status` counts their tables, `db reset` drops them. */
  schemas: string[];
  /** Schemas others keep in the same database (the job queue's): `db reset` drops them too. */
  otherSchemas?: string[];
}

/** The warehouse database's migrations (migrations/postgres/). */
export const WAREHOUSE_MIGRATIONS: MigrationSet = {
  dir: fileURLToPath(new URL('../../../migrations/postgres/', import.meta.url)),
  ledger: { schema: 'ops', table: 'schema_migrations' },
  lockKey: 7_347_101_001,
  schemas: ['raw', 'staging', 'warehouse', 'ops', 'analytics'],
  otherSchemas: ['graphile_worker'],
};

/** A ledger statement with the set's table named in it (identifiers cannot be bound). */
const forLedger = (sql: string, set: MigrationSet) =>
  withIdentifiers(sql, {
    ledger_schema: set.ledger.schema,
    ledger: [set.ledger.schema, set.ledger.table],
  });

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

/** Which migrations: the warehouse's set by default, its files as read from its folder. */
export interface MigrationOptions {
  set?: MigrationSet;
  files?: MigrationFile[];
}
const withDefaults = ({
  set = WAREHOUSE_MIGRATIONS,
  files = readMigrationFiles(set.dir),
}: MigrationOptions) => ({
  set,
  files,
});

/**
 * Applies every pending migration in ONE transaction, under a transaction-level
 * advisory lock: a second process starting at the same moment waits, then
 * finds nothing pending. Refuses to run when an applied file was edited.
 */
export async function applyMigrations(
  database: Database<string>,
  options: MigrationOptions = {},
): Promise<MigrationFile[]> {
  const { set, files } = withDefaults(options);
  return database.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [set.lockKey]);
    await client.query(forLedger(ENSURE_LEDGER, set));
    const applied = await readApplied(client, set);
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
      await client.query(forLedger(RECORD_APPLIED, set), [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
    }
    return pending;
  });
}

export async function migrationStatus(
  database: Database<string>,
  options: MigrationOptions = {},
): Promise<MigrationStatus[]> {
  const { set, files } = withDefaults(options);
  return database.withClient(async (client) => {
    const { rows } = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
      forLedger(':ledger', set),
    ]);
    const applied = rows[0]?.exists ? await readApplied(client, set) : new Map<number, AppliedRow>();
    return files.map((file) => ({
      version: file.version,
      name: file.name,
      appliedAt: applied.get(file.version)?.applied_at ?? null,
    }));
  });
}

async function readApplied(client: pg.PoolClient, set: MigrationSet): Promise<Map<number, AppliedRow>> {
  const { rows } = await client.query<AppliedRow>(forLedger(READ_APPLIED, set));
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
