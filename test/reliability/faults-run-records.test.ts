import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { runIngest } from '../../src/pipeline/run-ingest.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { ingestDay, replayedWarehouse, testConfig } from '../support/pipeline-fixture.ts';
import { silentLogger } from '../support/replay-client.ts';

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep));
});

const runRow = async (runId: string) =>
  (
    await db.pool.query(
      'SELECT status, github_requests, github_retries, github_not_modified FROM warehouse.fact_workflow_runs WHERE run_id = $1',
      [runId],
    )
  ).rows[0];

describe('faults: what a run spent at GitHub is in its row', () => {
  it('records retries after faults and the 304s of an unchanged re-run', async () => {
    // READMEs and star history pages go eight at a time, so a request's retries do not meet
    // consecutive entries of the replay's fault sequence: each attempt fails on its own, and
    // at 20% with the fixture's 2 retries about 0.8% of a first run's ~900 requests would spend
    // them all. One in 20 with the client's default 4 retries still retries dozens of times.
    replay.setFaults('5xx=0.05');
    const faulty = await ingestDay(db, replay, '2026-08-01', {
      github: { baseUrl: replay.url, pacing: false, backoffBaseMs: 5, timeoutMs: 5000 },
    }).finally(() => replay.setFaults(''));
    const first = await runRow(faulty.runId);
    expect(first.status).toBe('succeeded');
    expect(first.github_retries).toBe(faulty.github.retries);
    expect(first.github_retries).toBeGreaterThan(0);

    const again = await ingestDay(db, replay, '2026-08-01');
    const second = await runRow(again.runId);
    expect(second.github_not_modified).toBe(again.github.notModified);
    expect(second.github_not_modified).toBeGreaterThan(0);
  });

  it('takes the per-attempt GitHub timeout from the config (github.timeout_seconds)', async () => {
    replay.setFaults('timeout=7'); // every 7th request hangs for 30 s
    const started = Date.now();
    try {
      const summary = await runIngest({
        db,
        config: configSchema.parse({ ...testConfig, github: { timeout_seconds: 1 } }),
        logger: silentLogger,
        github: { baseUrl: replay.url, pacing: false, backoffBaseMs: 5, retries: 3 },
        date: '2026-08-02',
      });
      expect((await runRow(summary.runId)).github_retries).toBeGreaterThan(0);
    } finally {
      replay.setFaults('');
    }
    // With the 30 s default each hung request would hold the run for 30 s.
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 60_000);
});
