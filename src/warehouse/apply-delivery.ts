import type { WarehouseClient } from '../db/database.ts';
import { DELIVERY_EVENTS } from './delivery/model-delivery-webhooks.ts';
import { applyWebhookEvent, HANDLED_EVENTS } from './pull-requests/apply-webhook-event.ts';
import type { RecordedRepositories } from './pull-requests/record-pull-request.ts';
import { applyStarEvent } from './star-history/apply-star-event.ts';

/**
 * Events the warehouse models: the PR flow's, `star` (live star counts) and the
 * delivery metrics' (modelled per batch, model-delivery-webhooks.ts). Others
 * are stored and ignored.
 */
export const MODELLED_EVENTS: readonly string[] = [
  ...new Set([...HANDLED_EVENTS, 'star', ...DELIVERY_EVENTS]),
];
export const isModelledEvent = (event: string) => MODELLED_EVENTS.includes(event);

/** Applies one stored webhook delivery to the model its event belongs to; false when it carries nothing. */
export async function applyDelivery(
  client: WarehouseClient,
  delivery: { deliveryId: string; event: string; payload: unknown },
  recorded?: RecordedRepositories,
): Promise<boolean> {
  if (delivery.event === 'star') return applyStarEvent(client, delivery.deliveryId, delivery.payload);
  // the batch's delivery events are modelled together after it (processPendingDeliveries)
  if (delivery.event !== 'workflow_run' && (DELIVERY_EVENTS as readonly string[]).includes(delivery.event))
    return true;
  return applyWebhookEvent(client, delivery.event, delivery.payload, recorded);
}
