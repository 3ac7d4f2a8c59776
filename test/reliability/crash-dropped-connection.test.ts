import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay } from '../support/pipeline-fixture.ts';

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

/** Ends one backend from another connection, as an operator's pg_terminate_backend or a failover would. */
const terminate = async (pid: number) => {
  await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
};

describe('crash: a PostgreSQL connection dropped under gitpulse', () => {
  it('fails the transaction that held it, without crashing the process, and the pool goes on', async () => {
    const work = db.transaction(async (client) => {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await terminate(rows[0]?.pid as number);
      await sleep(300); // the connection's 'error' arrives while the client is checked out and idle
      await client.query('SELECT 1');
    });
    await expect(work).rejects.toThrow(/terminat|Connection/i);
    const { rows } = await db.pool.query('SELECT 1 AS ok');
    expect(rows).toEqual([{ ok: 1 }]);
  });
});

describe('crash: the write connection of an ingest dropped mid-write', () => {
  it('fails the run with a clear message, records it failed, and writes nothing', async () => {
    const replay = await startTestReplay();
    try {
      const before = await db.pool.query('SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots');
      const dropWriteConnection = async (path: readonly string[]) => {
        if (path.join(':') !== 'write:model_warehouse') return;
        // The pipeline's write transaction is this file's one connection 'idle in transaction' between
        // two steps; only this file's database: another file's run on the same server was killed too.
        const admin = new pg.Client({ connectionString: db.url });
        await admin.connect();
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gitpulse' AND state = 'idle in transaction' AND datname = current_database()",
        );
        await admin.end();
        await sleep(300);
      };
      await expect(ingestDay(db, replay, '2026-08-01', { beforeTask: dropWriteConnection })).rejects.toThrow(
        /Pipeline run ingest-2026-08-01-\S+ failed: .*(terminat|Connection).*Nothing was written/is,
      );
      const runs = await db.pool.query(
        "SELECT status FROM warehouse.fact_workflow_runs WHERE run_date = '2026-08-01'",
      );
      expect(runs.rows).toEqual([{ status: 'failed' }]);
      const after = await db.pool.query('SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    } finally {
      await replay.close();
    }
  });
});
