import type { WarehouseClient } from '../db/database.ts';
import type { DeliverySettings } from './delivery/model-delivery.ts';
import { DELIVERY_EVENTS, modelDeliveryWebhooks } from './delivery/model-delivery-webhooks.ts';
import { applyWebhookBatch, HANDLED_EVENTS } from './pull-requests/apply-webhook-batch.ts';
import { applyStarEvents } from './star-history/apply-star-events.ts';

/**
 * Events the warehouse models: the PR flow's, `star` (live star counts) and the
 * delivery metrics'. Others are stored and ignored.
 */
export const MODELLED_EVENTS: readonly string[] = [
  ...new Set([...HANDLED_EVENTS, 'star', ...DELIVERY_EVENTS]),
];
export const isModelledEvent = (event: string) => MODELLED_EVENTS.includes(event);

/**
 * A batch of stored deliveries into the models their events belong to, set-based
 * (a fixed number of statements whatever the batch's size), in the caller's
 * transaction. Returns the deliveries that carried something for a model; the
 * others carry nothing and are ignored.
 */
export async function applyWebhookDeliveries(
  client: WarehouseClient,
  deliveries: { deliveryId: string; event: string }[],
  settings: DeliverySettings,
): Promise<Set<string>> {
  const ids = deliveries.map((d) => d.deliveryId);
  const modelled = new Set([
    ...(await applyWebhookBatch(client, ids)),
    ...(await applyStarEvents(client, ids)),
  ]);
  // workflow_run is modelled by both: a run without a repository is nothing to either
  for (const d of deliveries)
    if (d.event !== 'workflow_run' && (DELIVERY_EVENTS as readonly string[]).includes(d.event))
      modelled.add(d.deliveryId);
  await modelDeliveryWebhooks(
    client,
    deliveries.filter((d) => modelled.has(d.deliveryId)).map((d) => d.deliveryId),
    settings,
  );
  return modelled;
}
