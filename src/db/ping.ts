import type pg from 'pg';

/** One round trip: throws when the connection (or the server) is gone. */
export async function ping(db: pg.ClientBase | pg.Pool): Promise<void> {
  await db.query('SELECT 1');
}
