import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';
import {
  type ProcessedCounts,
  processPendingDeliveries,
} from '../../src/pipeline/process-pending-deliveries.ts';
import { storeWebhookDeliveries } from '../../src/raw/webhook-deliveries.ts';

/** A webhook delivery as the receiver stores it, then processed as the job does. */
export async function deliverWebhook(
  db: Database,
  event: string,
  payload: Record<string, unknown>,
): Promise<ProcessedCounts> {
  await storeWebhookDeliveries(db.pool, [
    {
      deliveryId: randomUUID(),
      event,
      action: typeof payload.action === 'string' ? payload.action : null,
      headers: {},
      rawBody: JSON.stringify(payload),
      status: 'received',
    },
  ]);
  return processPendingDeliveries(db);
}

/** A repository of the acme org as a webhook payload carries it (public, no description). */
export function webhookRepository(id: number, fullName: string) {
  return {
    id,
    name: fullName.split('/')[1],
    full_name: fullName,
    owner: { login: 'acme', avatar_url: 'https://avatars.example/acme' },
    private: false,
    description: null,
  };
}
