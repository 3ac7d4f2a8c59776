import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/**
 * Every run rewrites staging's one row per repository (and per repository and
 * language). Those rewrites must be HOT updates, which write no index entry:
 * no index on a column a run changes, and room on the page (migration 0033).
 */
let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

/**
 * A run's rewrite of `table` after the rows were loaded and committed: how
 * many rows it updated, and how many of those were HOT. Only the first: the
 * next one needs the dead versions pruned, which waits for every snapshot
 * older than them (a concurrent ANALYZE's, say), as vacuum does between
 * daily runs.
 */
async function rewrite(table: string, setup: string, update: string) {
  const client = await db.pool.connect();
  // the counters this backend has not reported yet: read around the update
  const counters = async () =>
    (
      await client.query(
        'SELECT n_tup_upd::int AS updated, n_tup_hot_upd::int AS hot FROM pg_stat_xact_user_tables WHERE relid = $1::regclass',
        [table],
      )
    ).rows[0] as { updated: number; hot: number };
  try {
    await client.query(setup);
    await client.query('BEGIN');
    const before = await counters();
    await client.query(update);
    const after = await counters();
    await client.query('COMMIT');
    await client.query(`DELETE FROM ${table}`);
    return { updated: after.updated - before.updated, hot: after.hot - before.hot };
  } finally {
    client.release();
  }
}

describe('staging rewritten by each run', () => {
  it('updates a repository row in place, without new index entries', async () => {
    const { updated, hot } = await rewrite(
      'staging.repos_validated',
      `INSERT INTO staging.repos_validated (repo_full_name, github_id, owner, language, stars, created_at, updated_at, source, run_id, snapshot_date)
       SELECT 'org/repo-' || g, g, 'org', 'Rust', g, '2020-01-01', '2026-07-01', 'refresh', 'run-1', '2026-07-01'
       FROM generate_series(1, 2000) g`,
      `UPDATE staging.repos_validated SET stars = stars + 1, run_id = 'run-2', snapshot_date = '2026-07-02', loaded_at = now()`,
    );
    expect(updated).toBe(2000);
    expect(hot / updated).toBeGreaterThan(0.9);
  });

  it('updates a repository language row in place', async () => {
    const { updated, hot } = await rewrite(
      'staging.repo_languages',
      `INSERT INTO staging.repo_languages (repo_full_name, language, bytes, run_id, snapshot_date)
       SELECT 'org/repo-' || g, l, g, 'run-1', '2026-07-01' FROM generate_series(1, 1000) g, unnest(ARRAY['Rust', 'C']) l`,
      `UPDATE staging.repo_languages SET bytes = bytes + 1, run_id = 'run-2', snapshot_date = '2026-07-02'`,
    );
    expect(updated).toBe(2000);
    expect(hot / updated).toBeGreaterThan(0.9);
  });
});
