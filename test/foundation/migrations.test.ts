import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, databaseFromUrl } from '../../src/db/database.ts';
import {
  applyMigrations,
  migrationStatus,
  WAREHOUSE_MIGRATIONS,
} from '../../src/db/migrations/apply-migrations.ts';
import { readMigrationFiles } from '../../src/sql/read-migration-files.ts';

const MIGRATIONS_DIR = WAREHOUSE_MIGRATIONS.dir;

import { createFreshDatabase } from '../support/fresh-database.ts';

const shipped = readMigrationFiles(MIGRATIONS_DIR);
/** The name the next migration would take. */
const nextName = `${String(shipped.length + 1).padStart(4, '0')}_broken.sql`;
let opened: Database[] = [];
afterEach(async () => {
  for (const db of opened.reverse()) await db.close();
  opened = [];
});

async function fresh(): Promise<Database> {
  const db = await createFreshDatabase({ migrate: false });
  opened.push(db);
  return db;
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gitpulse-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe('migrations', () => {
  it('apply once when two processes start together', async () => {
    const db = await fresh();
    // A second pool is a second "process": its own connections, same database.
    const other = databaseFromUrl(db.url);
    opened.push(other);
    const [first, second] = await Promise.all([applyMigrations(db), applyMigrations(other)]);
    expect([first.length, second.length].sort()).toEqual([0, shipped.length]);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM ops.schema_migrations');
    expect(rows[0].n).toBe(shipped.length);
    expect(await applyMigrations(db)).toHaveLength(0);
  });

  it('lists applied and pending migrations', async () => {
    const db = await fresh();
    expect((await migrationStatus(db)).every((m) => m.appliedAt === null)).toBe(true);
    await applyMigrations(db);
    const status = await migrationStatus(db);
    expect(status.map((m) => m.name)).toEqual(shipped.map((m) => m.name));
    expect(status.every((m) => m.appliedAt instanceof Date)).toBe(true);
  });

  it('refuses an applied migration whose file was edited, naming it', async () => {
    const db = await fresh();
    await applyMigrations(db);
    const dir = copyOfMigrations();
    writeFileSync(join(dir, '0003_staging_layer.sql'), '-- edited\nSELECT 1;\n');
    await expect(applyMigrations(db, { files: readMigrationFiles(dir) })).rejects.toThrow(
      /0003_staging_layer\.sql was changed after it was applied/,
    );
  });

  it('applies all pending migrations in one transaction: a failing one leaves nothing behind', async () => {
    const db = await fresh();
    const dir = copyOfMigrations();
    writeFileSync(
      join(dir, nextName),
      'CREATE TABLE ops.half_done (id int);\nSELECT * FROM no_such_table;\n',
    );
    await expect(applyMigrations(db, { files: readMigrationFiles(dir) })).rejects.toThrow(
      new RegExp(`${nextName} failed`),
    );
    const { rows } = await db.pool.query(
      "SELECT to_regclass('ops.schema_migrations') AS migrations, to_regclass('warehouse.dim_repositories') AS dim",
    );
    expect(rows[0]).toEqual({ migrations: null, dim: null });
  });

  it('upgrades a database migrated before the files moved to migrations/postgres/: same names and checksums', async () => {
    // The ledger of a database migrated by the release that kept the files in migrations/.
    const before: { version: number; name: string; checksum: string }[] = JSON.parse(
      readFileSync(new URL('./fixtures/ledger-before-engine-folders.json', import.meta.url), 'utf8'),
    );
    const db = await fresh();
    await applyMigrations(db);
    const { rows } = await db.pool.query(
      'SELECT version, name, checksum FROM ops.schema_migrations WHERE version <= $1 ORDER BY version',
      [before.length],
    );
    expect(rows).toEqual(before);
    expect(await applyMigrations(db)).toEqual([]);
  });

  it('refuses gaps in the numbering', () => {
    const dir = copyOfMigrations();
    writeFileSync(join(dir, '0042_far_ahead.sql'), 'SELECT 1;');
    expect(() => readMigrationFiles(dir)).toThrow(/without gaps.*0042_far_ahead\.sql/);
  });

  it('creates every public table and view the README lists', async () => {
    const db = await fresh();
    await applyMigrations(db);
    const names = [
      'raw.github_repos',
      'raw.webhook_deliveries',
      'staging.repos_validated',
      'staging.rejects',
      'warehouse.dim_repositories',
      'warehouse.dim_languages',
      'warehouse.dim_render_services',
      'warehouse.dim_companies',
      'warehouse.fact_repo_snapshots',
      'warehouse.fact_language_snapshots',
      'warehouse.fact_workflow_runs',
      'warehouse.repositories',
      'warehouse.pull_requests',
      'warehouse.pipeline_runs',
      'warehouse.insights',
      'ops.ingestion_state',
      'analytics.trending_repos_current',
      'analytics.render_showcase',
      'analytics.language_rankings',
      'analytics.repo_daily_growth',
      'analytics.company_total_stars',
      'analytics.language_popularity_by_company',
      'analytics.company_top_forked_repos',
      'analytics.repo_activity_score',
    ];
    const { rows } = await db.pool.query<{ name: string; found: string | null }>(
      'SELECT name, to_regclass(name)::text AS found FROM unnest($1::text[]) AS name',
      [names],
    );
    expect(rows.filter((row) => row.found === null).map((row) => row.name)).toEqual([]);
    const services = await db.pool.query('SELECT service_type FROM warehouse.dim_render_services ORDER BY 1');
    expect(services.rows.map((r) => r.service_type)).toEqual([
      'background-worker',
      'cron',
      'postgres',
      'private-service',
      'redis',
      'static-site',
      'web',
      'worker',
    ]);
    const languages = await db.pool.query(
      "SELECT count(*)::int AS n FROM warehouse.dim_languages WHERE language_name IN ('Python','TypeScript','Go','render')",
    );
    expect(languages.rows[0].n).toBe(4);
  });
});
