import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { databaseFromUrl } from '../../src/db/database.ts';
import {
  applyMigrations,
  type MigrationSet,
  migrationStatus,
} from '../../src/db/migrations/apply-migrations.ts';
import { resetDatabase } from '../../src/db/reset-database.ts';
import { countRowsPerTable } from '../../src/status/read-status.ts';
import { freshDatabaseBeforeAll } from '../support/fresh-database.ts';

/*
 * Two PostgreSQL databases (the warehouse and, next, the identity database)
 * must not share what one of them sets: value parsers belong to a pool, and
 * the migrator takes its folder, ledger and lock from the set it applies.
 */

const db = freshDatabaseBeforeAll();

describe('a database handle of its own', () => {
  it("parses BIGINT as a number and DATE as its text in the warehouse pool only, not in pg's defaults", async () => {
    const { rows } = await db().pool.query(
      "SELECT 5::bigint AS n, 1.5::numeric AS x, DATE '2026-08-01' AS d",
    );
    expect(rows[0]).toEqual({ n: 5, x: 1.5, d: '2026-08-01' });
    const plain = new pg.Client({ connectionString: db().url });
    await plain.connect();
    try {
      const other = await plain.query("SELECT 5::bigint AS n, DATE '2026-08-01' AS d");
      expect(other.rows[0].n).toBe('5');
      expect(other.rows[0].d).toBeInstanceOf(Date);
    } finally {
      await plain.end();
    }
  });

  it('applies another set of migrations to its own ledger under its own lock, beside the warehouse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gitpulse-set-'));
    writeFileSync(
      join(dir, '0001_people.sql'),
      'CREATE SCHEMA IF NOT EXISTS people; CREATE TABLE people.users (id int PRIMARY KEY);',
    );
    const set: MigrationSet = {
      dir,
      ledger: { schema: 'people', table: 'migrations' },
      lockKey: 42,
      schemas: ['people'],
    };
    const other = databaseFromUrl(db().url);
    try {
      expect((await applyMigrations(other, { set })).map((m) => m.name)).toEqual(['0001_people.sql']);
      expect(await applyMigrations(other, { set })).toEqual([]);
      const ledger = await other.pool.query('SELECT version, name FROM people.migrations');
      expect(ledger.rows).toEqual([{ version: 1, name: '0001_people.sql' }]);
      // The warehouse's ledger knows nothing of it, and its own status is unchanged.
      const warehouse = await db().pool.query(
        "SELECT count(*)::int AS n FROM ops.schema_migrations WHERE name = '0001_people.sql'",
      );
      expect(warehouse.rows[0].n).toBe(0);
      expect((await migrationStatus(other, { set })).map((m) => m.appliedAt !== null)).toEqual([true]);
      expect((await migrationStatus(db())).every((m) => m.appliedAt !== null)).toBe(true);
      // Its status counts and its reset act on its schemas alone.
      expect(await countRowsPerTable(other.pool, set.schemas)).toEqual([
        { schema: 'people', table: 'migrations', rows: 1 },
        { schema: 'people', table: 'users', rows: 0 },
      ]);
      const warehouseTables = (await countRowsPerTable(db().pool)).length;
      expect(await resetDatabase(other, set)).toBe(1);
      expect((await countRowsPerTable(db().pool)).length).toBe(warehouseTables);
    } finally {
      await other.close();
    }
  });
});
