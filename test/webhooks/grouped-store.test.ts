import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/db/database.ts';
import { groupedDeliveryStore } from '../../src/raw/grouped-delivery-store.ts';
import { freshDatabaseBeforeAll } from '../support/fresh-database.ts';

const db = freshDatabaseBeforeAll();

describe('the receiver stores deliveries in groups', () => {
  it('stores the next group while earlier ones are still committing, a few at a time, each delivery once', async () => {
    let running = 0;
    let most = 0;
    // The real database, each statement slowed down so groups overlap as under a storm.
    const slow = {
      query: async (...args: Parameters<Queryable['query']>) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 40));
        try {
          return await (db().pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          running--;
        }
      },
    } as unknown as Queryable;
    const store = groupedDeliveryStore(slow);
    const stored = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        // arriving over about 150 ms, as requests do
        await new Promise((resolve) => setTimeout(resolve, (i % 30) * 5));
        return store({
          deliveryId: `grouped-${i % 50}`,
          event: 'push',
          action: null,
          headers: {},
          rawBody: `{"n":${i}}`,
          status: 'received',
        });
      }),
    );
    expect(most).toBe(3);
    expect(stored.filter((s) => s.inserted)).toHaveLength(50);
    const { rows } = await db().pool.query(
      "SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE delivery_id LIKE 'grouped-%'",
    );
    expect(rows[0].n).toBe(50);
  });
});
