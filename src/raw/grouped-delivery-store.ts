import DataLoader from 'dataloader';
import type { Queryable } from '../db/database.ts';
import { type IncomingDelivery, type StoreResult, storeWebhookDeliveries } from './webhook-deliveries.ts';

const MAX_BATCH = 100;

/**
 * Group commit for the webhook receiver: deliveries that arrive while a store
 * is on its way are stored together by the next one (storeWebhookDeliveries,
 * one statement and one commit), so under a storm the database does one
 * round trip per batch instead of one per delivery, and each request still
 * waits for its own delivery to be committed before it is answered.
 * DataLoader does the batching; its schedule holds a batch until the
 * previous one is done. No cache: every call is a delivery to store.
 */
export function groupedDeliveryStore(db: Queryable): (delivery: IncomingDelivery) => Promise<StoreResult> {
  let previous: Promise<unknown> = Promise.resolve();
  const loader = new DataLoader<IncomingDelivery, StoreResult>(
    (deliveries) => {
      const stored = storeWebhookDeliveries(db, [...deliveries]);
      previous = stored.catch(() => {});
      return stored;
    },
    {
      cache: false,
      maxBatchSize: MAX_BATCH,
      batchScheduleFn: (dispatch) => {
        void previous.then(() => setImmediate(dispatch));
      },
    },
  );
  return (delivery) => loader.load(delivery);
}
