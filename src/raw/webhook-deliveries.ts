import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';

const STORE = sqlFile(import.meta.url, 'store-webhook-delivery.sql');
const LOCK = sqlFile(import.meta.url, 'lock-webhook-delivery.sql');
const FINISH = sqlFile(import.meta.url, 'finish-webhook-delivery.sql');
const FAIL = sqlFile(import.meta.url, 'fail-webhook-delivery.sql');
const LIST_REPLAYABLE = sqlFile(import.meta.url, 'list-replayable-deliveries.sql');
const LIST_AFTER = sqlFile(import.meta.url, 'list-deliveries-after.sql');
const LIST_UNQUEUED = sqlFile(import.meta.url, 'list-unqueued-deliveries.sql');

export interface IncomingDelivery {
  deliveryId: string;
  event: string;
  action: string | null;
  /** Request headers, without the secret-bearing ones. */
  headers: Record<string, unknown>;
  /** The body as received: the signature covers these exact bytes. */
  rawBody: string;
  status: 'received' | 'ignored';
}

/**
 * Stores a delivery once. `inserted` is false when that X-GitHub-Delivery was
 * already stored (a redelivery); `status` is the stored row's.
 */
export async function storeWebhookDelivery(
  db: Queryable,
  delivery: IncomingDelivery,
): Promise<{ inserted: boolean; status: string }> {
  const store = (payload: string | null, rawBody: string | null) =>
    db.query<{ inserted: boolean; status: string }>(STORE, [
      delivery.deliveryId,
      delivery.event,
      delivery.action,
      JSON.stringify(delivery.headers),
      payload,
      delivery.status,
      rawBody,
    ]);
  let stored: { rows: { inserted: boolean; status: string }[] };
  try {
    stored = await store(delivery.rawBody, null);
  } catch (error) {
    // 22P05: a \u0000 escape; 54001: nesting deeper than jsonb's stack. Valid JSON all the same: keep it as text.
    if (!['22P05', '54001'].includes((error as { code?: string }).code ?? '')) throw error;
    stored = await store(null, delivery.rawBody);
  }
  return stored.rows[0] ?? { inserted: false, status: 'received' };
}

/** Deliveries stored but never processed: queued again when a server starts. */
export async function listUnqueuedDeliveries(db: Queryable): Promise<string[]> {
  return (await db.query<{ delivery_id: string }>(LIST_UNQUEUED)).rows.map((row) => row.delivery_id);
}

/** The delivery's event and payload, its row locked until the caller's transaction ends. */
export async function lockWebhookDelivery(
  db: Queryable,
  deliveryId: string,
): Promise<{ event: string; payload: unknown } | undefined> {
  const row = (
    await db.query<{ event: string; payload: unknown; raw_body: string | null }>(LOCK, [deliveryId])
  ).rows[0];
  return row && { event: row.event, payload: deliveryPayload(row) };
}

/**
 * The payload of a stored delivery: the jsonb, or for a body kept as text the
 * body parsed here, its NUL characters replaced (PostgreSQL text cannot hold
 * them) so the rest of the event can still be modelled.
 */
export function deliveryPayload(row: { payload: unknown; raw_body?: string | null }): unknown {
  if (row.payload !== null && row.payload !== undefined) return row.payload;
  return JSON.parse(row.raw_body ?? 'null', (_key, value) =>
    typeof value === 'string' ? value.replaceAll('\u0000', '\uFFFD') : value,
  );
}

export async function finishWebhookDelivery(
  db: Queryable,
  deliveryId: string,
  status: 'processed' | 'ignored',
): Promise<void> {
  await db.query(FINISH, [deliveryId, status]);
}

export async function failWebhookDelivery(db: Queryable, deliveryId: string, error: string): Promise<void> {
  await db.query(FAIL, [deliveryId, error]);
}

export async function listReplayableDeliveries(
  db: Queryable,
  { failedOnly = false } = {},
): Promise<string[]> {
  const { rows } = await db.query<{ delivery_id: string }>(LIST_REPLAYABLE, [failedOnly]);
  return rows.map((row) => row.delivery_id);
}

export interface StoredDelivery {
  id: number;
  delivery_id: string;
  event: string;
  payload: unknown;
  raw_body: string | null;
  received_at: Date;
}

/** The next deliveries after position `afterId`, in storage order. */
export async function listDeliveriesAfter(
  db: Queryable,
  afterId: number,
  limit: number,
): Promise<StoredDelivery[]> {
  return (await db.query<StoredDelivery>(LIST_AFTER, [afterId, limit])).rows;
}
