import { configSchema } from '../config/config-schema.ts';
import type { Database, WarehouseClient } from '../db/database.ts';
import {
  type DeliveryOutcome,
  finishWebhookDeliveries,
  lockPendingDeliveries,
  type PendingDelivery,
} from '../raw/webhook-deliveries.ts';
import { applyDelivery } from '../warehouse/apply-delivery.ts';
import type { DeliverySettings } from '../warehouse/delivery/model-delivery.ts';
import { modelDeliveryWebhooks } from '../warehouse/delivery/model-delivery-webhooks.ts';
import type { RecordedRepositories } from '../warehouse/pull-requests/record-pull-request.ts';
import { lockWebhookProcessingSql } from './lock-webhook-processing.queries.ts';

const BATCH = 500;
/** The config's defaults, for callers without a config (tests, `gitpulse webhooks process` passes its own). */
const DEFAULT_DELIVERY: DeliverySettings = configSchema.parse({}).delivery;

export type ProcessedCounts = Record<DeliveryOutcome['status'], number>;

/**
 * raw.webhook_deliveries → the PR flow model (and star events → live star
 * counts), for every delivery still
 * waiting: BATCH at a time in the order they were stored, one transaction per
 * batch that also records each delivery's outcome, under one lock shared by
 * every serving instance (so a PR's events apply in order). A delivery whose
 * event cannot be applied is marked failed with its error and the rest of its
 * batch commits; a lost connection or an aborted transaction fails the whole
 * batch, which stays waiting, and is rethrown for the job queue to retry.
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
  const counts: ProcessedCounts = { processed: 0, ignored: 0, failed: 0 };
  for (;;) {
    const outcomes = await db.transaction(async (client) => {
      await lockWebhookProcessingSql.run(undefined, client);
      const deliveries = await lockPendingDeliveries(client, batchSize);
      if (deliveries.length === 0) return [];
      // The batch in one go; only when a delivery fails, again one savepoint each.
      await client.query('SAVEPOINT batch');
      let applied: DeliveryOutcome[];
      try {
        applied = await applyEach(client, deliveries, false);
        await client.query('RELEASE SAVEPOINT batch');
      } catch (error) {
        if (!isDeliveryError(error)) throw error;
        await client.query('ROLLBACK TO SAVEPOINT batch');
        applied = await applyEach(client, deliveries, true);
      }
      const modelled = applied.filter((outcome) => outcome.status === 'processed').map((o) => o.deliveryId);
      await modelDeliveryWebhooks(client, modelled, options.delivery ?? DEFAULT_DELIVERY);
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

async function applyEach(
  client: WarehouseClient,
  deliveries: PendingDelivery[],
  isolated: boolean,
): Promise<DeliveryOutcome[]> {
  const recorded: RecordedRepositories = new Map();
  const outcomes: DeliveryOutcome[] = [];
  for (const delivery of deliveries) {
    if (isolated) await client.query('SAVEPOINT delivery');
    try {
      const applied = await applyDelivery(client, delivery, recorded);
      if (isolated) await client.query('RELEASE SAVEPOINT delivery');
      outcomes.push({
        deliveryId: delivery.deliveryId,
        status: applied ? 'processed' : 'ignored',
        error: null,
      });
    } catch (error) {
      if (!isolated || !isDeliveryError(error)) throw error;
      await client.query('ROLLBACK TO SAVEPOINT delivery');
      recorded.clear();
      outcomes.push({ deliveryId: delivery.deliveryId, status: 'failed', error: (error as Error).message });
    }
  }
  return outcomes;
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
