import type { WarehouseClient } from '../../db/database.ts';
import { landDeliveryWebhooksSql } from '../../raw/land-delivery-webhooks.queries.ts';
import { type DeliverySettings, modelDelivery } from './model-delivery.ts';

/** Webhook events that feed the delivery metrics (workflow_run also moves a PR's build stage). */
export const DELIVERY_EVENTS = ['deployment', 'deployment_status', 'workflow_run', 'issues'] as const;

/**
 * A batch of stored deliveries into the delivery model, set-based: its
 * deployment, deployment_status, workflow_run and issues events landed in
 * raw.github_delivery as the collector's shapes (land-delivery-webhooks.sql),
 * then modelled by the collector's own statements, once per day they were
 * received on. Returns how many were landed.
 */
export async function modelDeliveryWebhooks(
  client: WarehouseClient,
  deliveryIds: string[],
  settings: DeliverySettings,
): Promise<number> {
  const landed = await landDeliveryWebhooksSql.run({ deliveryIds }, client);
  const days = [...new Set(landed.map((row) => row.snapshot_date))];
  for (const date of days) await modelDelivery(client, { rawRunIds: ['webhooks'], date }, settings);
  return landed.length;
}
