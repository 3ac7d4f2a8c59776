import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { WAREHOUSE_MIGRATIONS } from '../../src/db/migrations/apply-migrations.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/*
 * The layout README "Past one machine" gives for Citus: these tables
 * distributed by github_id and co-located, the dimensions as reference tables,
 * everything else (raw, ops, the job queue, run bookkeeping, day summaries) on
 * the coordinator. No Citus server runs here: this checks the schema against
 * the rules Citus sets for that layout, in the catalog of a migrated database.
 */
const DISTRIBUTED = [
  'warehouse.fact_repo_snapshots',
  'warehouse.fact_language_snapshots',
  'warehouse.bridge_repo_render_services',
  'staging.repos_validated',
  'warehouse.fact_star_history',
  'warehouse.star_history_coverage',
  'warehouse.repo_live_stars',
  'staging.star_history_weeks',
];
const REFERENCE = [
  'warehouse.dim_repositories',
  'warehouse.dim_languages',
  'warehouse.dim_companies',
  'warehouse.dim_render_services',
];

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

const query = async <T>(sql: string, values: unknown[] = []) =>
  (await db.pool.query(sql, values)).rows as T[];

describe('schema ready for Citus', () => {
  it('every fact table is in the distributed set (new facts must be placed too)', async () => {
    const facts = await query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'warehouse' AND c.relname LIKE 'fact\\_%' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
         AND c.relname <> 'fact_workflow_runs'`,
    );
    expect(facts.map((f) => f.name).sort()).toEqual(DISTRIBUTED.filter((t) => t.includes('.fact_')).sort());
  });

  it('every primary key and unique index of a distributed table includes github_id', async () => {
    const keys = await query<{ table_name: string; index_name: string; columns: string[] }>(
      `SELECT i.indrelid::regclass::text AS table_name, i.indexrelid::regclass::text AS index_name,
              array_agg(a.attname ORDER BY a.attnum) AS columns
       FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
       WHERE i.indisunique AND i.indrelid = ANY($1::regclass[])
       GROUP BY 1, 2`,
      [DISTRIBUTED],
    );
    expect(new Set(keys.map((k) => k.table_name))).toEqual(new Set(DISTRIBUTED));
    for (const key of keys) expect(key.columns, `${key.table_name} ${key.index_name}`).toContain('github_id');
  });

  it('github_id has one type in every co-located table', async () => {
    const types = await query<{ table_name: string; type: string }>(
      `SELECT attrelid::regclass::text AS table_name, format_type(atttypid, atttypmod) AS type
       FROM pg_attribute WHERE attname = 'github_id' AND attrelid = ANY($1::regclass[])`,
      [DISTRIBUTED],
    );
    expect(types).toHaveLength(DISTRIBUTED.length);
    expect(new Set(types.map((t) => t.type))).toEqual(new Set(['bigint']));
  });

  it('distributed tables reference only reference tables, or each other by github_id', async () => {
    const foreignKeys = await query<{ from_table: string; to_table: string; columns: string[] }>(
      `SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table,
              ARRAY(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey)) AS columns
       FROM pg_constraint c
       WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[]) AND c.conparentid = 0`,
      [DISTRIBUTED],
    );
    expect(foreignKeys.length).toBeGreaterThan(0);
    for (const fk of foreignKeys) {
      const ok =
        REFERENCE.includes(fk.to_table) ||
        (DISTRIBUTED.includes(fk.to_table) && fk.columns.includes('github_id'));
      expect(ok, `${fk.from_table} → ${fk.to_table} (${fk.columns})`).toBe(true);
    }
  });

  it('no shipped SQL locks rows of a distributed table (FOR UPDATE / FOR SHARE)', () => {
    const files = [
      ...sqlFiles(new URL('../../src/', import.meta.url).pathname),
      ...sqlFiles(WAREHOUSE_MIGRATIONS.dir),
    ];
    expect(files.length).toBeGreaterThan(50);
    const locking = files.filter((file) =>
      /\bFOR\s+(NO\s+KEY\s+)?(UPDATE|SHARE)\b/i.test(readFileSync(file, 'utf8')),
    );
    expect(locking.length).toBeGreaterThan(0); // the webhook queue does, on the coordinator
    for (const file of locking) {
      const text = readFileSync(file, 'utf8');
      for (const table of DISTRIBUTED) expect(text, `${file} locks ${table}`).not.toContain(table);
    }
  });
});

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sql'))
    .map((entry) => join(entry.parentPath, entry.name));
}
