import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

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
