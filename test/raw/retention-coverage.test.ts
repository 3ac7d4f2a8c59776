import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => {
  await db?.close();
});

const statement = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');

/**
 * A source's raw table found by reprocess (the catalog) but not aged out by
 * retention would grow for ever: the catalog says which tables there are,
 * the layer's retention statement must name each (or this list says why not).
 */
const KEPT_BY_DESIGN = new Set([
  // the latest answer per repository and week; names the raw answers to keep (apply-staging-retention.sql)
  'staging.star_history_weeks',
]);

describe('retention covers every table a source lands in', () => {
  it('every landing table of raw (raw.landing_tables()) is in apply-raw-retention.sql', async () => {
    const { rows } = await db.pool.query<{ name: string }>(
      'SELECT t::text AS name FROM raw.landing_tables() t',
    );
    // the catalog finds the sources' tables (a new one needs no line here)
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'raw.github_delivery',
        'raw.github_pulls',
        'raw.github_repo_details',
        'raw.github_repos',
        'raw.github_star_history',
      ]),
    );
    const sql = statement('raw/apply-raw-retention.sql');
    expect(rows.filter((r) => !sql.includes(`DELETE FROM ${r.name} `)).map((r) => r.name)).toEqual([]);
  });

  it('every staging table is in apply-staging-retention.sql or kept by design', async () => {
    const { rows } = await db.pool.query<{ name: string }>(
      "SELECT 'staging.' || relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'staging' AND c.relkind IN ('r', 'p') AND NOT c.relispartition",
    );
    expect(rows.length).toBeGreaterThan(3);
    const sql = statement('staging/apply-staging-retention.sql');
    expect(
      rows.filter((r) => !KEPT_BY_DESIGN.has(r.name) && !sql.includes(`DELETE FROM ${r.name} `)),
    ).toEqual([]);
  });

  it('a landing table added by a migration is found without naming it anywhere', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        "CREATE TABLE raw.github_new_source (id bigint, api_response jsonb, run_id varchar(50), snapshot_date date); INSERT INTO raw.github_new_source VALUES (1, '{}', 'run-x', '2026-01-02')",
      );
      const { rows } = await client.query(
        "SELECT snapshot_date::text AS day, run_ids, raw.has_landed_day('2026-01-02') AS landed FROM raw.landed_days(NULL)",
      );
      expect(rows).toEqual([{ day: '2026-01-02', run_ids: ['run-x'], landed: true }]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
