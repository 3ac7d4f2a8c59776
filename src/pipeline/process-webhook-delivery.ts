import type { Database } from '../db/database.ts';
import {
  failWebhookDelivery,
  finishWebhookDelivery,
  lockWebhookDelivery,
} from '../raw/webhook-deliveries.ts';
import { applyWebhookEvent } from '../warehouse/pull-requests/apply-webhook-event.ts';

/**
 * raw.webhook_deliveries → the PR flow model, for one delivery, in one
 * transaction that also marks the delivery processed. On failure the model is
 * rolled back, the delivery is marked failed with the error (it is never
 * deleted) and the error is rethrown so the job queue retries it.
 */
export async function processWebhookDelivery(
  db: Database,
  deliveryId: string,
): Promise<'processed' | 'ignored'> {
  try {
    return await db.transaction(async (client) => {
      const delivery = await lockWebhookDelivery(client, deliveryId);
      if (!delivery) throw new Error(`no webhook delivery ${deliveryId}`);
      const applied = await applyWebhookEvent(client, delivery.event, delivery.payload);
      const status = applied ? 'processed' : 'ignored';
      await finishWebhookDelivery(client, deliveryId, status);
      return status;
    });
  } catch (error) {
    await failWebhookDelivery(db.pool, deliveryId, (error as Error).message);
    throw error;
  }
}
