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

  it('the REST path keeps the owner avatar and visibility webhooks stored', async () => {
    await db.pool.query(
      "UPDATE warehouse.repositories SET owner_avatar_url = 'https://avatars.githubusercontent.com/u/5430905?v=4', is_private = true WHERE full_name = 'rust-lang/rust'",
    );
    await ingestDay(db, replay, '2026-08-03', { only: ['pulls'] });
    const repo = await db.pool.query(
      "SELECT owner_avatar_url, is_private FROM warehouse.repositories WHERE full_name = 'rust-lang/rust'",
    );
    expect(repo.rows).toEqual([
      { owner_avatar_url: 'https://avatars.githubusercontent.com/u/5430905?v=4', is_private: true },
    ]);
  });
});
