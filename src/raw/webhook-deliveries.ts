import type { Queryable } from '../db/database.ts';
import { finishWebhookDeliveriesSql } from './finish-webhook-deliveries.queries.ts';
import { hasStaleDeliveriesSql } from './has-stale-deliveries.queries.ts';
import {
  type IListDeliveriesAfterSqlResult,
  listDeliveriesAfterSql,
} from './list-deliveries-after.queries.ts';
import { lockPendingDeliveriesSql } from './lock-pending-deliveries.queries.ts';
import { requeueDeliveriesSql } from './requeue-deliveries.queries.ts';
import {
  type IStoreWebhookDeliveriesSqlResult,
  storeWebhookDeliveriesSql,
} from './store-webhook-deliveries.queries.ts';
import {
  type IStoreWebhookDeliverySqlResult,
  storeWebhookDeliverySql,
} from './store-webhook-delivery.queries.ts';

/** 22P05: a \u0000 escape; 54001: nesting deeper than jsonb's stack. Valid JSON all the same: kept as text. */
const JSONB_REFUSALS = ['22P05', '54001'];

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
export async function storeWebhookDelivery(db: Queryable, delivery: IncomingDelivery): Promise<StoreResult> {
  const store = (payload: string | null, rawBody: string | null) =>
    storeWebhookDeliverySql.run(
      {
        deliveryId: delivery.deliveryId,
        event: delivery.event,
        action: delivery.action,
        headers: JSON.stringify(delivery.headers),
        payload,
        status: delivery.status,
        rawBody,
      },
      db,
    );
  let stored: StoreResult[];
  try {
    stored = await store(delivery.rawBody, null);
  } catch (error) {
    if (!JSONB_REFUSALS.includes((error as { code?: string }).code ?? '')) throw error;
    stored = await store(null, delivery.rawBody);
  }
  return stored[0] ?? { inserted: false, status: 'received' };
}

export type StoreResult = IStoreWebhookDeliverySqlResult;

/**
 * Stores deliveries that arrived together in one statement (one commit for
 * all), in their order; a delivery id that repeats is stored once and answered
 * as a redelivery. When jsonb refuses one of them, each is stored on its own
 * (storeWebhookDelivery keeps that one as text).
 */
export async function storeWebhookDeliveries(
  db: Queryable,
  deliveries: IncomingDelivery[],
): Promise<StoreResult[]> {
  let rows: IStoreWebhookDeliveriesSqlResult[];
  try {
    rows = await storeWebhookDeliveriesSql.run(
      {
        deliveryIds: deliveries.map((d) => d.deliveryId),
        events: deliveries.map((d) => d.event),
        // pgtyped types an array parameter's elements as non-null; actions may be NULL.
        actions: deliveries.map((d) => d.action) as string[],
        headers: deliveries.map((d) => JSON.stringify(d.headers)),
        payloads: deliveries.map((d) => d.rawBody),
        statuses: deliveries.map((d) => d.status),
      },
      db,
    );
  } catch (error) {
    if (!JSONB_REFUSALS.includes((error as { code?: string }).code ?? '')) throw error;
    const results: StoreResult[] = [];
    for (const delivery of deliveries) results.push(await storeWebhookDelivery(db, delivery));
    return results;
  }
  const insertedNow = new Map(rows.filter((r) => r.inserted).map((r) => [r.delivery_id, r.status]));
  const storedBefore = new Map(rows.filter((r) => !r.inserted).map((r) => [r.delivery_id, r.status]));
  return deliveries.map(({ deliveryId }) => {
    const status = insertedNow.get(deliveryId);
    if (status === undefined) return { inserted: false, status: storedBefore.get(deliveryId) ?? 'received' };
    // The first of the batch with this id was stored; a second one is its redelivery.
    insertedNow.delete(deliveryId);
    storedBefore.set(deliveryId, status);
    return { inserted: true, status };
  });
}

export interface PendingDelivery {
  deliveryId: string;
  event: string;
}

/** The next `limit` deliveries waiting, in storage order, their rows locked until the caller's transaction ends. */
export async function lockPendingDeliveries(db: Queryable, limit: number): Promise<PendingDelivery[]> {
  const rows = await lockPendingDeliveriesSql.run({ limit }, db);
  return rows.map((row) => ({ deliveryId: row.delivery_id, event: row.event }));
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

export interface DeliveryOutcome {
  deliveryId: string;
  status: 'processed' | 'ignored' | 'failed';
  /** Why it failed; null otherwise. */
  error: string | null;
}

export async function finishWebhookDeliveries(db: Queryable, outcomes: DeliveryOutcome[]): Promise<void> {
  await finishWebhookDeliveriesSql.run(
    {
      deliveryIds: outcomes.map((o) => o.deliveryId),
      statuses: outcomes.map((o) => o.status),
      // pgtyped types an array parameter's elements as non-null; an error is NULL unless the delivery failed.
      errors: outcomes.map((o) => o.error) as string[],
    },
    db,
  );
}

/** Stored deliveries (all but ignored ones, or only the failed) wait to be processed again. Returns how many. */
export async function requeueDeliveries(db: Queryable, { failedOnly = false } = {}): Promise<number> {
  return (await requeueDeliveriesSql.run({ failedOnly }, db))[0]?.n ?? 0;
}

/** Whether a delivery has waited over `seconds` to be processed (its job was lost). */
export async function hasStaleDeliveries(db: Queryable, seconds: number): Promise<boolean> {
  return (await hasStaleDeliveriesSql.run({ seconds }, db))[0]?.stale ?? false;
}

export type StoredDelivery = IListDeliveriesAfterSqlResult;

/** The next deliveries after position `afterId`, in storage order. */
export function listDeliveriesAfter(
  db: Queryable,
  afterId: number,
  limit: number,
): Promise<StoredDelivery[]> {
  return listDeliveriesAfterSql.run({ afterId, limit }, db);
}
