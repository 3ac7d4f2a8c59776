import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay, testConfig } from '../support/pipeline-fixture.ts';

const PAUSED_INGEST = fileURLToPath(new URL('../support/paused-ingest.ts', import.meta.url));
let db: Database;
let replay: RunningReplay;
let configPath: string;
beforeAll(async () => {
  db = await createFreshDatabase();
  replay = await startTestReplay();
  configPath = join(mkdtempSync(join(tmpdir(), 'gitpulse-dead-run-')), 'gitpulse.config.yaml');
  writeFileSync(configPath, stringify(testConfig));
});
afterAll(async () => {
  await replay?.close();
  await db?.close();
});

describe('crash: a run whose process dies', () => {
  it('leaves a running row, which the next run marks failed with the reason', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', PAUSED_INGEST, configPath, '2026-08-01', 'collect'],
      {
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          GITHUB_API_URL: replay.url,
          GITHUB_TOKEN: '',
          LOG_LEVEL: 'warn',
        },
      },
    );
    await new Promise<void>((resolve, reject) => {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('paused at collect')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`ingest exited (${code}) before pausing: ${stderr}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
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
