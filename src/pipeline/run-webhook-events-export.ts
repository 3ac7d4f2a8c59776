import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Database } from '../db/database.ts';
import { deliveryEventRow } from '../events/delivery-event.ts';
import { insertEvents } from '../events/insert-events.ts';
import { advanceIngestionState, readIngestionState } from '../ops/ingestion-state.ts';
import { deliveryPayload, listDeliveriesAfter } from '../raw/webhook-deliveries.ts';

const STATE_KEY = 'events:webhooks';
// Deliveries are large (a pull_request payload is about 20 kB): 500 bound a batch to about 10 MB of JSON.
const BATCH = 500;

/**
 * Copies stored webhook deliveries, handled or not, into the events store
 * (source 'webhook'), from where the last export stopped. The position moves
 * only after a batch is in the store, and a batch sent twice is stored once
 * (the event id is the delivery id), so a crash anywhere loses nothing.
 */
export async function runWebhookEventsExport(db: Database, clickhouse: ClickHouse): Promise<number> {
  const state = await readIngestionState(db.pool);
  let afterId = Number(state.get(STATE_KEY)?.cursor.lastId ?? 0);
  let exported = 0;
  for (;;) {
    const deliveries = await listDeliveriesAfter(db.pool, afterId, BATCH);
    const last = deliveries.at(-1);
    if (!last) {
      if (exported > 0) await clickhouse.releaseMemory();
      return exported;
    }
    const rows = deliveries.flatMap((d) => {
      const row = deliveryEventRow({
        deliveryId: d.delivery_id,
        event: d.event,
        payload: deliveryPayload(d),
        receivedAt: d.received_at,
      });
      return row ? [row] : [];
    });
    await insertEvents(clickhouse, rows);
    exported += rows.length;
    afterId = Number(last.id);
    await advanceIngestionState(
      db.pool,
      'webhook-events-export',
      new Map([[STATE_KEY, { lastRun: new Date().toISOString(), cursor: { lastId: afterId } }]]),
    );
  }
}
