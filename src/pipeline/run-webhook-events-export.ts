import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Database } from '../db/database.ts';
import { deliveryEventRow } from '../events/delivery-event.ts';
import { insertEvents } from '../events/insert-events.ts';
import { deliveryPayload, listDeliveriesAfter } from '../raw/webhook-deliveries.ts';
import { copyFromPosition } from './export-from-position.ts';

// Deliveries are large (a pull_request payload is about 20 kB): 500 bound a batch to about 10 MB of JSON.
const BATCH = 500;

/**
 * Copies stored webhook deliveries, handled or not, into the events store
 * (source 'webhook'), from where the last export stopped; a batch sent twice
 * is stored once (the event id is the delivery id), so a crash anywhere loses
 * nothing.
 */
export async function runWebhookEventsExport(db: Database, clickhouse: ClickHouse): Promise<number> {
  const exported = await copyFromPosition(db, {
    stateKey: 'events:webhooks',
    cursorField: 'lastId',
    runId: 'webhook-events-export',
    batch: BATCH,
    list: (after, limit) => listDeliveriesAfter(db.pool, after, limit),
    positionOf: (delivery) => Number(delivery.id),
    store: async (deliveries) => {
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
      return rows.length;
    },
  });
  if (exported > 0) await clickhouse.releaseMemory();
  return exported;
}
