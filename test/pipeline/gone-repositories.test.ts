import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import type { RunSummary } from '../../src/pipeline/run-ingest.ts';
import { runReprocess } from '../../src/pipeline/run-reprocess.ts';
import { readStatus } from '../../src/status/read-status.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { ingestDay, replayedWarehouse, testConfig } from '../support/pipeline-fixture.ts';
import { sharedDataset, silentLogger } from '../support/replay-client.ts';

// rust-lang/rust is in the test config's Rust list and its pulls source: deleted on
// 2026-08-02, it leaves the day's lists, so the refresh asks for it by node id
// (nodes: null and NOT_FOUND) and the pulls source by name (repository: null and NOT_FOUND).
const GONE = 'rust-lang/rust';
const goneId = sharedDataset().repoByFullName(GONE)?.githubId as number;

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep, [], { deletions: { [GONE]: '2026-08-02' } }));
});

const versionsOf = async (githubId: number) =>
  (
    await db.pool.query(
      `SELECT is_current, valid_to FROM warehouse.dim_repositories WHERE github_id = $1 ORDER BY valid_from`,
      [githubId],
    )
  ).rows;
const goneRows = async () =>
  (
    await db.pool.query(
      `SELECT github_id::int, full_name, first_missing_run, first_missing_day::text, reason
       FROM ops.gone_repositories ORDER BY github_id`,
    )
  ).rows;
const taskOf = (
  tree: { name: string; counts?: Record<string, number>; children?: unknown[] }[],
  path: string[],
) => {
  let nodes = tree;
  let found: (typeof tree)[number] | undefined;
  for (const name of path) {
    found = nodes.find((n) => n.name === name);
    nodes = (found?.children ?? []) as typeof tree;
  }
  return found;
};

describe('a tracked repository deleted on GitHub', () => {
  let dayTwo: RunSummary;

  it('is tracked on the day before', async () => {
    await ingestDay(db, replay, '2026-08-01');
    expect(await versionsOf(goneId)).toEqual([{ is_current: true, valid_to: null }]);
  });

  it('does not fail the run: the others are written, it is recorded gone and its version ended', async () => {
    dayTwo = await ingestDay(db, replay, '2026-08-02');
    expect(dayTwo.status).toBe('succeeded');
    expect(dayTwo.reposGone).toBe(1);
    // no current version is right for it: the checks still pass
    expect(dayTwo.quality.filter((check) => !check.passed)).toEqual([]);

    // every repository still tracked has the day's snapshot; the gone one has none
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS tracked,
              count(f.github_id)::int AS snapshotted
       FROM warehouse.dim_repositories d
       LEFT JOIN warehouse.fact_repo_snapshots f ON f.github_id = d.github_id AND f.snapshot_date = '2026-08-02'
       WHERE d.is_current`,
    );
    expect(rows[0].tracked).toBeGreaterThan(50);
    expect(rows[0].snapshotted).toBe(rows[0].tracked);
    const gone = await db.pool.query(
      `SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots WHERE github_id = $1 AND snapshot_date = '2026-08-02'`,
      [goneId],
    );
    expect(gone.rows[0].n).toBe(0);

    expect(await versionsOf(goneId)).toEqual([
      { is_current: false, valid_to: new Date('2026-08-02T12:00:00Z') },
    ]);
    expect(await goneRows()).toEqual([
      {
        github_id: goneId,
        full_name: GONE,
        first_missing_run: dayTwo.runId,
        first_missing_day: '2026-08-02',
        reason: expect.stringContaining('Could not resolve to a node with the global id of'),
      },
    ]);

    const run = await db.pool.query('SELECT task_tree FROM warehouse.fact_workflow_runs WHERE run_id = $1', [
      dayTwo.runId,
    ]);
    const tree = run.rows[0].task_tree;
    expect(taskOf(tree, ['collect', 'graphql_refresh'])?.counts?.gone).toBe(1);
    // the pulls source met repository(owner, name) null with NOT_FOUND: no PRs, no failure
    expect(taskOf(tree, ['collect', `pulls:${GONE}`])?.counts?.pulls).toBe(0);

    const status = await readStatus(db.pool);
    expect(status.lastRuns.find((r) => r.run_id === dayTwo.runId)?.repos_gone).toBe(1);
    const app = await createServer(db);
    try {
      const runs = (await app.inject({ method: 'GET', url: '/api/runs' })).json();
      expect(runs.items.find((r: { run_id: string }) => r.run_id === dayTwo.runId)?.repos_gone).toBe(1);
      expect(runs.items.find((r: { run_id: string }) => r.run_id !== dayTwo.runId)?.repos_gone).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('is not asked for or recorded again by the next run', async () => {
    const dayThree = await ingestDay(db, replay, '2026-08-03');
    expect(dayThree.reposGone).toBe(0);
    expect(await goneRows()).toHaveLength(1);
    expect(await versionsOf(goneId)).toHaveLength(1);
  });

  it('stays ended when reprocess rebuilds the days from raw', async () => {
    await runReprocess({ db, config: testConfig, logger: silentLogger });
    const versions = await versionsOf(goneId);
    expect(versions.some((v) => v.is_current)).toBe(false);
    expect(await goneRows()).toHaveLength(1);
    const quality = await db.pool.query(
      `SELECT check_name FROM ops.data_quality_results
       WHERE run_id = (SELECT run_id FROM warehouse.fact_workflow_runs WHERE run_type = 'reprocess') AND NOT passed`,
    );
    expect(quality.rows).toEqual([]);
  });
});
