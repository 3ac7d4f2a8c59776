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
 * Two runs' rewrites of `table`, each in its own transaction as runs are:
 * how many rows each updated, and how many of those were HOT.
 */
async function rewriteTwice(table: string, setup: string, rewrite: string) {
  const client = await db.pool.connect();
  try {
    await client.query(setup);
    const runs: { updated: number; hot: number }[] = [];
    for (const [day, run] of [
      ['2026-07-02', 'run-2'],
      ['2026-07-03', 'run-3'],
    ]) {
      // the counters this backend has not reported yet: read around the update
      const counters = async () =>
        (
          await client.query(
            'SELECT n_tup_upd::int AS updated, n_tup_hot_upd::int AS hot FROM pg_stat_xact_user_tables WHERE relid = $1::regclass',
            [table],
          )
        ).rows[0] as { updated: number; hot: number };
      await client.query('BEGIN');
      const before = await counters();
      await client.query(rewrite.replaceAll('$day', `'${day}'`).replaceAll('$run', `'${run}'`));
      const after = await counters();
      await client.query('COMMIT');
      runs.push({ updated: after.updated - before.updated, hot: after.hot - before.hot });
    }
    await client.query(`DELETE FROM ${table}`);
    return runs;
  } finally {
    client.release();
  }
}

describe('staging rewritten by each run', () => {
  it('updates a repository row in place, without new index entries', async () => {
    const runs = await rewriteTwice(
      'staging.repos_validated',
      `INSERT INTO staging.repos_validated (repo_full_name, github_id, owner, language, stars, created_at, updated_at, source, run_id, snapshot_date)
       SELECT 'org/repo-' || g, g, 'org', 'Rust', g, '2020-01-01', '2026-07-01', 'refresh', 'run-1', '2026-07-01'
       FROM generate_series(1, 2000) g`,
      `UPDATE staging.repos_validated SET stars = stars + 1, run_id = $run, snapshot_date = $day, loaded_at = now()`,
    );
    for (const { updated, hot } of runs) {
      expect(updated).toBe(2000);
      expect(hot / updated).toBeGreaterThan(0.9);
    }
  });

  it('updates a repository language row in place', async () => {
    const runs = await rewriteTwice(
      'staging.repo_languages',
      `INSERT INTO staging.repo_languages (repo_full_name, language, bytes, run_id, snapshot_date)
       SELECT 'org/repo-' || g, l, g, 'run-1', '2026-07-01' FROM generate_series(1, 1000) g, unnest(ARRAY['Rust', 'C']) l`,
      `UPDATE staging.repo_languages SET bytes = bytes + 1, run_id = $run, snapshot_date = $day`,
    );
    for (const { updated, hot } of runs) {
      expect(updated).toBe(2000);
      expect(hot / updated).toBeGreaterThan(0.9);
    }
  });
});
