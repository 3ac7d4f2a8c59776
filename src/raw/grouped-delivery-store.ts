import DataLoader from 'dataloader';
import type { Queryable } from '../db/database.ts';
import { type IncomingDelivery, type StoreResult, storeWebhookDeliveries } from './webhook-deliveries.ts';

const MAX_BATCH = 100;
/**
 * Groups on their way at once. One at a time left the receiver waiting on
 * each commit (the Node process idled two thirds of a webhook storm, README
 * "Pull request flow"); a few overlap the commits of the ones before. Their
 * ids (the processing order) follow commit order, not arrival order, across
 * groups that overlap: deliveries that close together have no order of
 * their own (GitHub sends them in parallel), and a batch orders a PR's
 * events by their own time.
 */
const MAX_IN_FLIGHT = 3;

/**
 * Group commit for the webhook receiver: deliveries that arrive while the
 * stores on their way are all busy are stored together by the next one
 * (storeWebhookDeliveries, one statement and one commit), so under a storm the
 * database does one round trip per group instead of one per delivery, and
 * each request still waits for its own delivery to be committed before it is
 * answered. DataLoader does the grouping; its schedule holds a group until a
 * store is free. No cache: every call is a delivery to store.
 */
export function groupedDeliveryStore(db: Queryable): (delivery: IncomingDelivery) => Promise<StoreResult> {
  let free = MAX_IN_FLIGHT;
  const waiting: (() => void)[] = [];
  const loader = new DataLoader<IncomingDelivery, StoreResult>(
    async (deliveries) => {
      try {
        return await storeWebhookDeliveries(db, [...deliveries]);
      } finally {
        free++;
        waiting.shift()?.();
      }
    },
    {
      cache: false,
      maxBatchSize: MAX_BATCH,
      batchScheduleFn: (dispatch) => {
        const start = () => {
          free--;
          setImmediate(dispatch);
        };
        if (free > 0) start();
        else waiting.push(start);
      },
    },
  );
  return (delivery) => loader.load(delivery);
}
