import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { acquirePipelineLock } from '../../src/pipeline/pipeline-lock.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { killIngestPausedAt } from '../support/kill-paused-ingest.ts';
import { ingestDay, replayedWarehouse, rowCounts, testConfig } from '../support/pipeline-fixture.ts';
import { runCli } from '../support/run-cli.ts';

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let configPath: string;

beforeAll(async () => {
  configPath = join(mkdtempSync(join(tmpdir(), 'gitpulse-guarantees-')), 'gitpulse.config.yaml');
  writeFileSync(configPath, stringify(testConfig));
  // A committed first day, so every later failure has something to leave intact.
  ({ db, replay } = await replayedWarehouse(keep, ['2026-08-01']));
});

const cliEnv = () => ({ DATABASE_URL: db.url, GITHUB_API_URL: replay.url, GITHUB_TOKEN: undefined });

const killDuring = (point: string, date: string) =>
  killIngestPausedAt({ configPath, date, point, env: { DATABASE_URL: db.url, GITHUB_API_URL: replay.url } });

const dataCounts = async () => {
  const counts = await rowCounts(db);
  delete counts['warehouse.fact_workflow_runs'];
  return counts;
};

describe('pipeline guarantees', () => {
  it('kill -9 during collect leaves the database and the ingestion state as they were', async () => {
    const before = await dataCounts();
    const state = (await db.pool.query('SELECT source, last_run, cursor FROM ops.ingestion_state ORDER BY 1'))
      .rows;
    await killDuring('collect', '2026-08-02');
    expect(await dataCounts()).toEqual(before);
    expect(
      (await db.pool.query('SELECT source, last_run, cursor FROM ops.ingestion_state ORDER BY 1')).rows,
    ).toEqual(state);
  });

  it('kill -9 in the middle of the write transaction leaves no partial data', async () => {
    const before = await dataCounts();
    await killDuring('write:model_warehouse', '2026-08-02');
    expect(await dataCounts()).toEqual(before);
    const day = await db.pool.query(
      "SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots WHERE snapshot_date = '2026-08-02'",
    );
    expect(day.rows[0].n).toBe(0);
    const rerun = await runCli(['--config', configPath, 'ingest', '--date', '2026-08-02'], {
      ...cliEnv(),
      GITHUB_TOKEN: '',
    });
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    const after = await db.pool.query(
      "SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots WHERE snapshot_date = '2026-08-02'",
    );
    expect(after.rows[0].n).toBeGreaterThan(0);
  });

  it('a second concurrent run is refused with a clear message', async () => {
    const held = await acquirePipelineLock(db.url);
    try {
      const result = await runCli(['--config', configPath, 'ingest', '--date', '2026-08-03'], {
        ...cliEnv(),
        GITHUB_TOKEN: '',
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /Another gitpulse pipeline run is in progress \(since .+\); this one did not start/,
      );
    } finally {
      await held.release();
    }
  });

  it('a GitHub that keeps failing: the run is recorded as failed and nothing is half-written', async () => {
    const before = await dataCounts();
    replay.setFaults('5xx=1');
    try {
      await expect(ingestDay(db, replay, '2026-08-04')).rejects.toThrow(
        /Pipeline run ingest-2026-08-04-\S+ failed: .*Nothing was written/,
      );
    } finally {
      replay.setFaults('');
    }
    expect(await dataCounts()).toEqual(before);
    const runs = await db.pool.query(
      "SELECT status, error_message, task_tree FROM warehouse.fact_workflow_runs WHERE run_date = '2026-08-04'",
    );
    expect(runs.rows).toHaveLength(1);
    expect(runs.rows[0].status).toBe('failed');
    expect(runs.rows[0].error_message).toMatch(/Service Unavailable|Server Error/);
    const collect = runs.rows[0].task_tree.find((t: { name: string }) => t.name === 'collect');
    expect(collect.status).toBe('failed');
  });

  it('a failure inside the write phase rolls everything back, state included', async () => {
    const before = await dataCounts();
    const failAtQuality = (path: readonly string[]) => {
      if (path.join(':') === 'write:data_quality')
        throw new Error('test hook: failing at write:data_quality');
    };
    const spoolDir = mkdtempSync(join(tmpdir(), 'gitpulse-spool-'));
    await expect(
      ingestDay(db, replay, '2026-08-05', { beforeTask: failAtQuality, spoolDir }),
    ).rejects.toThrow(/failing at write:data_quality/);
    expect(await dataCounts()).toEqual(before);
    // the collected answers do not outlive the run that failed with them
    expect(readdirSync(spoolDir)).toEqual([]);
    const run = await db.pool.query(
      "SELECT status, task_tree FROM warehouse.fact_workflow_runs WHERE run_date = '2026-08-05'",
    );
    const write = run.rows[0].task_tree.find((t: { name: string }) => t.name === 'write');
    expect(write.children.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
      ['land_raw', 'succeeded'],
      ['stage', 'succeeded'],
      ['record_gone', 'succeeded'],
      ['model_warehouse', 'succeeded'],
      ['model_star_history', 'succeeded'],
      ['summarize_day', 'succeeded'],
      ['settle_tracking', 'succeeded'],
      ['model_pull_requests', 'succeeded'],
      ['model_delivery', 'succeeded'],
      ['advance_state', 'succeeded'],
      ['retention', 'succeeded'],
      ['data_quality', 'failed'],
    ]);
  });
});
