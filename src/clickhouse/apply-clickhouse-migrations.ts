import { fileURLToPath } from 'node:url';
import { type MigrationFile, readMigrationFiles } from '../sql/read-migration-files.ts';
import { sqlFile } from '../sql/sql-file.ts';
import { UserFacingError } from '../user-facing-error.ts';
import type { ClickHouse } from './clickhouse-connection.ts';
import { clickhouseStatement, queryStatement } from './clickhouse-statement.ts';
import { clusterStatements } from './cluster-layout.ts';

const CREATE_LEDGER = sqlFile(import.meta.url, 'create-migrations-ledger.sql');
export const readLedgerStatement = clickhouseStatement(import.meta.url, 'read-migrations-ledger.sql', {
  version: 'UInt32',
  name: 'String',
  checksum: 'String',
});

export const CLICKHOUSE_MIGRATIONS_DIR = fileURLToPath(
  new URL('../../migrations/clickhouse/', import.meta.url),
);

/** The statements of a migration file (ClickHouse runs one per request). */
export const statementsOf = (sql: string): string[] =>
  sql
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.replace(/--.*$/gm, '').trim().length > 0);

/**
 * Applies pending ClickHouse migrations in order and records each in the
 * ledger. ClickHouse has no transactional DDL: every statement is idempotent
 * (IF NOT EXISTS), so a file cut off half-way is applied again whole.
 */
export async function applyClickHouseMigrations(
  clickhouse: ClickHouse,
  files: MigrationFile[] = readMigrationFiles(CLICKHOUSE_MIGRATIONS_DIR),
): Promise<MigrationFile[]> {
  await clickhouse.command(CREATE_LEDGER);
  const applied = new Map(
    (await queryStatement(clickhouse, readLedgerStatement)).map((row) => [row.version, row]),
  );
  for (const file of files) {
    const row = applied.get(file.version);
    if (row && row.checksum !== file.checksum) {
      throw new UserFacingError(
        `ClickHouse migration ${file.name} was changed after it was applied (applied checksum ${row.checksum.slice(0, 12)}…, file now ${file.checksum.slice(0, 12)}…).`,
        'Restore the original file and put the change in a new numbered migration.',
        2,
      );
    }
  }
  const pending = files.filter((file) => !applied.has(file.version));
  for (const migration of pending) {
    const { cluster } = clickhouse;
    const statements = statementsOf(migration.sql).flatMap((statement) =>
      cluster ? clusterStatements(statement, cluster, migration.name) : [statement],
    );
    for (const statement of statements) {
      try {
        await clickhouse.command(statement);
      } catch (error) {
        throw new UserFacingError(
          `ClickHouse migration ${migration.name} failed: ${(error as Error).message}`,
          'Its statements are idempotent: fix the cause and run `gitpulse migrate` again.',
        );
      }
    }
    await clickhouse.insert('gitpulse_schema_migrations', [
      { version: migration.version, name: migration.name, checksum: migration.checksum },
    ]);
  }
  return pending;
}
