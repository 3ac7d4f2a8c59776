import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Database } from '../db/database.ts';
import { clickhouseTime, insertClientEvents } from '../events/insert-client-events.ts';
import { advanceIngestionState, readIngestionState } from '../ops/ingestion-state.ts';
import { listClientEventsAfter } from '../raw/client-events.ts';

/** Where the copy stopped, in ops.ingestion_state (apply-raw-retention.sql reads it too). */
export const CLIENT_EVENTS_STATE = 'events:client';
const BATCH = 5000;

/** The position the copy to the events store reached: the last raw.client_events seq copied. */
export async function clientEventsExported(db: Database): Promise<number> {
  const state = await readIngestionState(db.pool);
  return Number(state.get(CLIENT_EVENTS_STATE)?.cursor.lastSeq ?? 0);
}

/**
 * Copies the client events POST /api/events stored in PostgreSQL into the
 * events store's client_events, from where the last copy stopped. The position
 * moves only after a batch is in the store, and a batch sent twice is stored
 * once, so a store that is down or a crash anywhere loses nothing: the next
 * copy (the POST's, or serve's sweep) starts again from the same place.
 */
export async function runClientEventsExport(db: Database, clickhouse: ClickHouse): Promise<number> {
  let afterSeq = await clientEventsExported(db);
  let exported = 0;
  for (;;) {
    const events = await listClientEventsAfter(db.pool, afterSeq, BATCH);
    const last = events.at(-1);
    if (!last) return exported;
    await insertClientEvents(
      clickhouse,
      events.map((e) => ({
        id: e.event_id,
        type: e.type,
        user_id: e.user_id,
        user_login: e.user_login,
        repository: e.repository,
        pr_number: e.pr_number ?? 0,
        occurred_at: clickhouseTime(e.occurred_at),
        received_at: clickhouseTime(e.received_at),
        client_name: e.client_name,
        client_version: e.client_version,
        payload: e.payload as Record<string, unknown>,
      })),
    );
    exported += events.length;
    afterSeq = last.seq;
    await advanceIngestionState(
      db.pool,
      'client-events-export',
      new Map([[CLIENT_EVENTS_STATE, { lastRun: new Date().toISOString(), cursor: { lastSeq: afterSeq } }]]),
    );
  }
}
