import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { JobQueuePool, startJobWorker } from '../../src/scheduler/start-job-worker.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { silentLogger } from '../support/replay-client.ts';

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

/** Terminates the job queue's connections, as a failover or an operator would, and waits until they are gone. */
async function killJobQueueConnections() {
  await db.pool.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gitpulse-jobs' AND datname = current_database()",
  );
}

describe('crash: a job whose end cannot be recorded', () => {
  it('does not stop the job queue: later jobs still run', async () => {
    // graphile-worker 0.16 stops a worker for good when recording a job's end fails
    // ("committing seppuku") and starts no other: here every job's end meets killed
    // connections, so without a restart the queue goes quiet after two.
    const ran = new Set<number>();
    const worker = await startJobWorker({
      databaseUrl: db.url,
      logger: silentLogger,
      tasks: {
        flaky: async (payload) => {
          ran.add((payload as { n: number }).n);
          await killJobQueueConnections();
          throw new Error('the task failed while its connections died');
        },
        steady: async (payload) => {
          ran.add((payload as { n: number }).n);
        },
      },
    });
    try {
      for (let n = 0; n < 6; n++) await worker.addJob('flaky', { n }, { maxAttempts: 1 });
      const deadline = Date.now() + 30_000;
      while (ran.size < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await worker.addJob('steady', { n: 100 });
      const steadyDeadline = Date.now() + 30_000;
      while (!ran.has(100) && Date.now() < steadyDeadline) await new Promise((r) => setTimeout(r, 100));
      expect(ran.size).toBe(7);
      expect(ran.has(100)).toBe(true);
    } finally {
      await worker.stop();
    }
  }, 90_000);

  it("the job queue's pool takes a second release of the same client quietly (plain pg-pool throws, unhandled inside graphile-worker)", async () => {
    const plain = new pg.Pool({ connectionString: db.url, max: 1 });
    const once = await plain.connect();
    once.release();
    expect(() => once.release()).toThrow(/already been released/);
    await plain.end();
    const pool = new JobQueuePool({ connectionString: db.url, max: 1 });
    const client = await pool.connect();
    client.release();
    expect(() => client.release()).not.toThrow();
    // The pool still works: its one connection went back once.
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await pool.end();
  });
});
