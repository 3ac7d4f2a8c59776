import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Database } from '../db/database.ts';
import { clickhouseTime, insertClientEvents } from '../events/insert-client-events.ts';
import { listClientEventsAfter } from '../raw/client-events.ts';
import { copiedPosition, copyFromPosition } from './export-from-position.ts';

/** Where the copy stopped, in ops.ingestion_state (apply-raw-retention.sql reads it too). */
const CLIENT_EVENTS_STATE = 'events:client';
const CURSOR_FIELD = 'lastSeq';
const BATCH = 5000;

/** The position the copy to the events store reached: the last raw.client_events seq copied. */
export function clientEventsExported(db: Database): Promise<number> {
  return copiedPosition(db, CLIENT_EVENTS_STATE, CURSOR_FIELD);
}

/**
 * Copies the client events POST /api/events stored in PostgreSQL into the
 * events store's client_events, from where the last copy stopped (so a store
 * that is down loses nothing: the POST's next copy, or serve's sweep, starts
 * again there).
 */
export function runClientEventsExport(db: Database, clickhouse: ClickHouse): Promise<number> {
  return copyFromPosition(db, {
    stateKey: CLIENT_EVENTS_STATE,
    cursorField: CURSOR_FIELD,
    runId: 'client-events-export',
    batch: BATCH,
    list: (after, limit) => listClientEventsAfter(db.pool, after, limit),
    positionOf: (event) => event.seq,
    store: async (events) => {
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
      return events.length;
    },
  });
}
