import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { runReprocess } from '../../src/pipeline/run-reprocess.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay, testConfig } from '../support/pipeline-fixture.ts';
import { silentLogger } from '../support/replay-client.ts';

let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  db = await createFreshDatabase();
  replay = await startTestReplay();
  await ingestDay(db, replay, '2026-08-01'); // tracks rust-lang/rust, whose PRs the config follows
});
afterAll(async () => {
  await replay?.close();
  await db?.close();
});

const count = async (table: string) =>
  (await db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

describe('PR flow on re-runs', () => {
  it('reprocess models the PRs a `--only pulls` run landed', async () => {
    await ingestDay(db, replay, '2026-08-02', { only: ['pulls'] });
    const landed = await db.pool.query(
      "SELECT count(*)::int AS n FROM raw.github_pulls WHERE snapshot_date = '2026-08-02'",
    );
    expect(landed.rows[0].n).toBeGreaterThan(0);
    await db.pool.query(
      'TRUNCATE warehouse.insights, warehouse.pipeline_runs, warehouse.pull_requests CASCADE',
    );
    const result = await runReprocess({ db, config: testConfig, logger: silentLogger, since: '2026-08-02' });
    expect(result.dates).toEqual(['2026-08-02']);
    expect(await count('warehouse.pull_requests')).toBe(landed.rows[0].n);
  });

  it('the pulls source records the owner avatar and visibility GitHub reports, never blanks', async () => {
    await db.pool.query(
      "UPDATE warehouse.repositories SET owner_avatar_url = NULL, is_private = true WHERE full_name = 'rust-lang/rust'",
    );
    await ingestDay(db, replay, '2026-08-03', { only: ['pulls'] });
    const repo = await db.pool.query(
      "SELECT owner_avatar_url, is_private FROM warehouse.repositories WHERE full_name = 'rust-lang/rust'",
    );
    // The replay's answer for rust-lang/rust: a public repository with its owner's avatar.
    expect(repo.rows).toEqual([
      {
        owner_avatar_url: expect.stringMatching(/^https:\/\/avatars\.githubusercontent\.com\/u\/\d+$/),
        is_private: false,
      },
    ]);
  });

  it('an unchanged re-ingest hands nothing back to polling consumers; insights keep their ids', async () => {
    await ingestDay(db, replay, '2026-08-04', { only: ['pulls'] });
    await db.pool.query('UPDATE warehouse.pull_requests SET processed = true');
    await db.pool.query('UPDATE warehouse.pipeline_runs SET processed = true');
    await db.pool.query('UPDATE warehouse.insights SET processed = true');
    const idsBefore = await db.pool.query('SELECT id FROM warehouse.insights ORDER BY id');
    expect(idsBefore.rows.length).toBeGreaterThan(0);

    await ingestDay(db, replay, '2026-08-04', { only: ['pulls'] });
    const unprocessed = await db.pool.query(
      `SELECT (SELECT count(*) FROM warehouse.pull_requests WHERE NOT processed)::int AS pulls,
              (SELECT count(*) FROM warehouse.pipeline_runs WHERE NOT processed)::int AS runs,
              (SELECT count(*) FROM warehouse.insights WHERE NOT processed)::int AS insights`,
    );
    expect(unprocessed.rows[0]).toEqual({ pulls: 0, runs: 0, insights: 0 });
    const idsAfter = await db.pool.query('SELECT id FROM warehouse.insights ORDER BY id');
    expect(idsAfter.rows).toEqual(idsBefore.rows);

    // A real change (a new title) flips that one PR back, and only it.
    const { rows } = await db.pool.query<{ repo_id: string; pr_number: number }>(
      `SELECT p.repo_id, p.pr_number FROM warehouse.pull_requests p
       JOIN raw.github_pulls g ON g.pr_number = p.pr_number AND g.snapshot_date = '2026-08-04'
       ORDER BY p.pr_number LIMIT 1`,
    );
    const changed = rows[0] as { repo_id: string; pr_number: number };
    await db.pool.query(
      "UPDATE warehouse.pull_requests SET title = 'renamed since' WHERE repo_id = $1 AND pr_number = $2",
      [changed.repo_id, changed.pr_number],
    );
    await ingestDay(db, replay, '2026-08-04', { only: ['pulls'] });
    const flipped = await db.pool.query('SELECT pr_number FROM warehouse.pull_requests WHERE NOT processed');
    expect(flipped.rows).toEqual([{ pr_number: changed.pr_number }]);
  });
});
