import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import { applyMigrations, WAREHOUSE_MIGRATIONS } from '../../src/db/migrations/apply-migrations.ts';
import { applyRetention } from '../../src/pipeline/apply-retention.ts';
import { readMigrationFiles } from '../../src/sql/read-migration-files.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

let opened: Database[] = [];
afterEach(async () => {
  for (const db of opened) await db.close();
  opened = [];
});

async function fresh(migrate = true): Promise<Database> {
  const db = await createFreshDatabase({ migrate });
  opened.push(db);
  return db;
}

/** Two repositories with one snapshot and one language row on each of these days. */
async function seedDays(db: Database, days: string[]): Promise<void> {
  await db.pool.query(
    `INSERT INTO warehouse.dim_repositories (repo_key, github_id, repo_full_name, owner, language, valid_from)
     VALUES (1, 101, 'acme/rocket', 'acme', 'Rust', '2026-01-01'), (2, 102, 'acme/site', 'acme', 'Go', '2026-01-01')
     ON CONFLICT DO NOTHING;
     INSERT INTO warehouse.fact_repo_snapshots (repo_key, github_id, language_key, snapshot_date, stars)
     SELECT r.repo_key, r.github_id, l.language_key, d::date, 10
     FROM unnest($1::text[]) d
     CROSS JOIN (VALUES (1, 101, 'Rust'), (2, 102, 'Go')) r(repo_key, github_id, lang)
     JOIN warehouse.dim_languages l ON l.language_name = r.lang;
     INSERT INTO warehouse.fact_language_snapshots (github_id, repo_key, language_key, snapshot_date, bytes)
     SELECT 101, 1, l.language_key, d::date, 100
     FROM unnest($1::text[]) d, warehouse.dim_languages l WHERE l.language_name = 'Rust';`.replace(
      /\$1::text\[\]/g,
      `ARRAY[${days.map((d) => `'${d}'`).join(',')}]`,
    ),
  );
}

const partitions = async (db: Database, table: string) =>
  (
    await db.pool.query<{ name: string; rows: number }>(
      `SELECT c.relname AS name, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM warehouse.%I', c.relname), false, true, '')))[1]::text::int AS rows
       FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = $1::regclass ORDER BY c.relname`,
      [`warehouse.${table}`],
    )
  ).rows;

const retention = (warehouseDays: number) => ({
  ...configSchema.parse({}).retention,
  warehouse_days: warehouseDays,
});

describe('snapshots partitioned by month', () => {
  it('migration 0019 moves the rows already there into one partition per month', async () => {
    const db = await fresh(false);
    await applyMigrations(db, {
      files: readMigrationFiles(WAREHOUSE_MIGRATIONS.dir).filter((file) => file.version < 19),
    });
    await seedDays(db, ['2026-06-29', '2026-06-30', '2026-07-01']);
    await applyMigrations(db);

    expect(await partitions(db, 'fact_repo_snapshots')).toEqual([
      { name: 'fact_repo_snapshots_default', rows: 0 },
      { name: 'fact_repo_snapshots_y2026m06', rows: 4 },
      { name: 'fact_repo_snapshots_y2026m07', rows: 2 },
    ]);
    expect(await partitions(db, 'fact_language_snapshots')).toEqual([
      { name: 'fact_language_snapshots_default', rows: 0 },
      { name: 'fact_language_snapshots_y2026m06', rows: 2 },
      { name: 'fact_language_snapshots_y2026m07', rows: 1 },
    ]);
    const { rows } = await db.pool.query(
      'SELECT repo_full_name, snapshot_date::text FROM analytics.trending_repos_current ORDER BY 1',
    );
    expect(rows).toEqual([
      { repo_full_name: 'acme/rocket', snapshot_date: '2026-07-01' },
      { repo_full_name: 'acme/site', snapshot_date: '2026-07-01' },
    ]);
  });

  it('a hand-written row for a month without a partition waits in the default one, then moves into its month', async () => {
    const db = await fresh();
    await seedDays(db, ['2026-09-05']);
    expect((await partitions(db, 'fact_repo_snapshots')).map((p) => [p.name, p.rows])).toEqual([
      ['fact_repo_snapshots_default', 2],
    ]);
    const { rows } = await db.pool.query(
      "SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', '2026-09-30') AS created",
    );
    expect(rows[0].created).toBe(true);
    expect((await partitions(db, 'fact_repo_snapshots')).map((p) => [p.name, p.rows])).toEqual([
      ['fact_repo_snapshots_default', 0],
      ['fact_repo_snapshots_y2026m09', 2],
    ]);
    // the primary key still holds across the move
    await expect(seedDays(db, ['2026-09-05'])).rejects.toThrow(/duplicate key value/);
  });

  it('statistics are refreshed for the partition that holds the run’s day, and only it', async () => {
    const db = await fresh();
    for (const day of ['2026-08-15', '2026-09-15'])
      await db.pool.query("SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', $1)", [
        day,
      ]);
    await seedDays(db, ['2026-08-15', '2026-09-15']);
    await db.pool.query(
      "SELECT warehouse.analyze_month_partition('warehouse.fact_repo_snapshots', '2026-09-15')",
    );
    const { rows } = await db.pool.query(
      `SELECT tablename, array_agg(attname::text ORDER BY attname) AS columns FROM pg_stats
       WHERE schemaname = 'warehouse' AND tablename LIKE 'fact_repo_snapshots_%' GROUP BY tablename`,
    );
    expect(rows).toEqual([
      { tablename: 'fact_repo_snapshots_y2026m09', columns: ['github_id', 'language_key', 'snapshot_date'] },
    ]);
  });

  it('retention drops the months wholly older than the cutoff and keeps the month it falls in', async () => {
    const db = await fresh();
    for (const day of ['2026-05-15', '2026-06-15', '2026-07-15'])
      await db.pool.query("SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', $1)", [
        day,
      ]);
    await seedDays(db, ['2026-05-15', '2026-05-31', '2026-06-15', '2026-07-15']);
    // 2026-07-20 − 30 days = 2026-06-20: May ended before it, June did not.
    const deleted = await applyRetention(db.pool, '2026-07-20', retention(30));
    // May's partition (4 snapshots), and the language rows before the cutoff that
    // sat in their default partition, which goes row by row (3: two in May, one in June)
    expect(deleted.warehouse).toBe(7);
    expect((await partitions(db, 'fact_repo_snapshots')).map((p) => [p.name, p.rows])).toEqual([
      ['fact_repo_snapshots_default', 0],
      ['fact_repo_snapshots_y2026m06', 2],
      ['fact_repo_snapshots_y2026m07', 2],
    ]);
    const { rows } = await db.pool.query(
      'SELECT min(snapshot_date)::text AS first FROM warehouse.fact_language_snapshots',
    );
    expect(rows[0].first).toBe('2026-07-15');
  });

  it('a retention of a year keeps a year of star history', async () => {
    const db = await fresh();
    const days = Array.from(
      { length: 13 },
      (_, i) => `${i < 12 ? 2025 : 2026}-${String((i % 12) + 1).padStart(2, '0')}-10`,
    );
    for (const day of days)
      await db.pool.query("SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', $1)", [
        day,
      ]);
    await seedDays(db, days);
    await applyRetention(db.pool, '2026-01-10', retention(365));
    const { rows } = await db.pool.query(
      'SELECT count(DISTINCT snapshot_date)::int AS days FROM warehouse.fact_repo_snapshots WHERE github_id = 101',
    );
    expect(rows[0].days).toBe(13);
    await applyRetention(db.pool, '2026-01-10', retention(30));
    const after = await db.pool.query(
      'SELECT array_agg(DISTINCT snapshot_date::text) AS days FROM warehouse.fact_repo_snapshots',
    );
    expect(after.rows[0].days).toEqual(['2025-12-10', '2026-01-10']);
  });
});
