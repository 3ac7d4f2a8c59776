import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { killIngestPausedAt } from '../support/kill-paused-ingest.ts';
import { ingestDay, replayedWarehouse, testConfig } from '../support/pipeline-fixture.ts';

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let configPath: string;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep));
  configPath = join(mkdtempSync(join(tmpdir(), 'gitpulse-dead-run-')), 'gitpulse.config.yaml');
  writeFileSync(configPath, stringify(testConfig));
});

describe('crash: a run whose process dies', () => {
  it('leaves a running row, which the next run marks failed with the reason', async () => {
    await killIngestPausedAt({
      configPath,
      date: '2026-08-01',
      point: 'collect',
      env: { DATABASE_URL: db.url, GITHUB_API_URL: replay.url },
    });
    const dead = await db.pool.query('SELECT run_id, status FROM warehouse.fact_workflow_runs');
    expect(dead.rows.map((r) => r.status)).toEqual(['running']);

    const next = await ingestDay(db, replay, '2026-08-01');
    const rows = await db.pool.query(
      'SELECT run_id, status, error_message, completed_at IS NOT NULL AS completed FROM warehouse.fact_workflow_runs ORDER BY started_at',
    );
    expect(rows.rows).toEqual([
      {
        run_id: dead.rows[0].run_id,
        status: 'failed',
        error_message: 'the process running it ended before it finished (found by the next run)',
        completed: true,
      },
      { run_id: next.runId, status: 'succeeded', error_message: null, completed: true },
    ]);
  });
});
