import type { Database } from '../db/database.ts';
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
      const { rows } = await client.query<{ event: string; payload: unknown }>(
        'SELECT event, payload FROM raw.webhook_deliveries WHERE delivery_id = $1 FOR UPDATE',
        [deliveryId],
      );
      const delivery = rows[0];
      if (!delivery) throw new Error(`no webhook delivery ${deliveryId}`);
      const applied = await applyWebhookEvent(client, delivery.event, delivery.payload);
      const status = applied ? 'processed' : 'ignored';
      await client.query(
        `UPDATE raw.webhook_deliveries SET status = $2, attempts = attempts + 1, processed_at = now(), error = NULL
         WHERE delivery_id = $1`,
        [deliveryId, status],
      );
      return status;
    });
  } catch (error) {
    await db.pool.query(
      "UPDATE raw.webhook_deliveries SET status = 'failed', attempts = attempts + 1, error = $2 WHERE delivery_id = $1",
      [deliveryId, (error as Error).message],
    );
    throw error;
  }
}
