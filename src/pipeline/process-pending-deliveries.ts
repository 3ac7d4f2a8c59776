import { configSchema } from '../config/config-schema.ts';
import type { Database, WarehouseClient } from '../db/database.ts';
import {
  type DeliveryOutcome,
  finishWebhookDeliveries,
  lockPendingDeliveries,
  type PendingDelivery,
} from '../raw/webhook-deliveries.ts';
import { applyWebhookDeliveries } from '../warehouse/apply-webhook-deliveries.ts';
import type { DeliverySettings } from '../warehouse/delivery/model-delivery.ts';
import { lockWebhookProcessingSql } from './lock-webhook-processing.queries.ts';

const BATCH = 500;
/** The config's defaults, for callers without a config (tests, `gitpulse webhooks process` passes its own). */
const DEFAULT_DELIVERY: DeliverySettings = configSchema.parse({}).delivery;

export type ProcessedCounts = Record<DeliveryOutcome['status'], number>;

/**
 * raw.webhook_deliveries → the PR flow model (and star events → live star
 * counts, delivery events → the delivery metrics), for every delivery still
 * waiting: BATCH at a time in the order they were stored, one transaction per
 * batch that also records each delivery's outcome, under one lock shared by
 * every serving instance (so a PR's events apply in order). A batch is applied
 * by a fixed number of set-based statements (applyWebhookDeliveries). A
 * delivery whose event cannot be applied is marked failed with its error and
 * the rest of its batch commits; a lost connection or an aborted transaction
 * fails the whole batch, which stays waiting, and is rethrown for the job
 * queue to retry.
 */
export async function processPendingDeliveries(
  db: Database,
  options: {
    batchSize?: number;
    onFailed?: (failure: DeliveryOutcome) => void;
    /** The config's delivery patterns, for deployment, deployment_status, workflow_run and issues events. */
    delivery?: DeliverySettings;
  } = {},
): Promise<ProcessedCounts> {
  const batchSize = options.batchSize ?? BATCH;
  const settings = options.delivery ?? DEFAULT_DELIVERY;
  const counts: ProcessedCounts = { processed: 0, ignored: 0, failed: 0 };
  for (;;) {
    const outcomes = await db.transaction(async (client) => {
      await lockWebhookProcessingSql.run(undefined, client);
      const deliveries = await lockPendingDeliveries(client, batchSize);
      if (deliveries.length === 0) return [];
      const applied = await applyIsolating(client, deliveries, settings);
      await finishWebhookDeliveries(client, applied);
      return applied;
    });
    if (outcomes.length === 0) return counts;
    for (const outcome of outcomes) {
      counts[outcome.status]++;
      if (outcome.status === 'failed') options.onFailed?.(outcome);
    }
  }
}

/**
 * The deliveries applied together; when one of them cannot be applied, the
 * two halves one after the other (earlier first, so order holds), down to the
 * delivery at fault, which is marked failed: a bad delivery costs its batch
 * about 2·log2(size) more applications, and the others still commit.
 */
async function applyIsolating(
  client: WarehouseClient,
  deliveries: PendingDelivery[],
  settings: DeliverySettings,
  depth = 0,
): Promise<DeliveryOutcome[]> {
  const savepoint = `deliveries_${depth}`;
  await client.query(`SAVEPOINT ${savepoint}`);
  try {
    const modelled = await applyWebhookDeliveries(client, deliveries, settings);
    await client.query(`RELEASE SAVEPOINT ${savepoint}`);
    return deliveries.map(({ deliveryId }) => ({
      deliveryId,
      status: modelled.has(deliveryId) ? 'processed' : 'ignored',
      error: null,
    }));
  } catch (error) {
    if (!isDeliveryError(error)) throw error;
    await client.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
    await client.query(`RELEASE SAVEPOINT ${savepoint}`);
    const [only] = deliveries;
    if (deliveries.length === 1 && only)
      return [{ deliveryId: only.deliveryId, status: 'failed', error: (error as Error).message }];
    const half = Math.ceil(deliveries.length / 2);
    return [
      ...(await applyIsolating(client, deliveries.slice(0, half), settings, depth + 1)),
      ...(await applyIsolating(client, deliveries.slice(half), settings, depth + 1)),
    ];
  }
}

/**
 * An error of the delivery itself (a payload the model cannot take), as
 * opposed to the connection, the transaction or the server (SQLSTATE classes
 * 08, 40, 53, 57, 58, XX), which retrying the batch may cure.
 */
function isDeliveryError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code !== 'string' || !/^(08|40|53|57|58|XX)/.test(code);
}
