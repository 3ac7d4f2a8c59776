import type { Queryable } from '../db/database.ts';
import { hasStaleClientEventsSql } from './has-stale-client-events.queries.ts';
import { landClientEventsSql } from './land-client-events.queries.ts';
import {
  type IListClientEventsAfterSqlResult,
  listClientEventsAfterSql,
} from './list-client-events-after.queries.ts';

/** An event POST /api/events accepted, in the columns raw.client_events keeps (migration 0031). */
export interface AcceptedClientEvent {
  id: string;
  type: string;
  repository: string;
  prNumber: number | null;
  occurredAt: string;
  /** What the type carries beyond the columns. */
  payload: Record<string, unknown>;
}

export interface ClientEventBatch {
  /** The sender: identity user id (0 for API_TOKEN) and login. */
  user: { id: number; login: string };
  client: { name: string; version: string };
  events: readonly AcceptedClientEvent[];
}

/** Stores a batch; returns the ids stored now (the others were stored before: a retry). */
export async function landClientEvents(db: Queryable, batch: ClientEventBatch): Promise<Set<string>> {
  if (batch.events.length === 0) return new Set();
  const rows = await landClientEventsSql.run(
    {
      userId: batch.user.id,
      userLogin: batch.user.login,
      clientName: batch.client.name,
      clientVersion: batch.client.version,
      eventIds: batch.events.map((e) => e.id),
      types: batch.events.map((e) => e.type),
      repositories: batch.events.map((e) => e.repository),
      // pgtyped types an int[]'s elements as non-null; pr_number is NULL for repository events
      prNumbers: batch.events.map((e) => e.prNumber) as number[],
      occurredAt: batch.events.map((e) => e.occurredAt),
      payloads: batch.events.map((e) => JSON.stringify(e.payload)),
    },
    db,
  );
  return new Set(rows.map((r) => r.event_id));
}

export type StoredClientEvent = IListClientEventsAfterSqlResult;

export function listClientEventsAfter(
  db: Queryable,
  afterSeq: number,
  limit: number,
): Promise<StoredClientEvent[]> {
  return listClientEventsAfterSql.run({ afterSeq, limit }, db);
}

export async function hasStaleClientEvents(
  db: Queryable,
  afterSeq: number,
  seconds: number,
): Promise<boolean> {
  const [row] = await hasStaleClientEventsSql.run({ afterSeq, seconds }, db);
  return row?.stale ?? false;
}
