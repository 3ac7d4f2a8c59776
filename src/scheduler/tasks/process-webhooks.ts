import { processPendingDeliveries } from '../../pipeline/process-pending-deliveries.ts';
import { runWebhookEventsExport } from '../../pipeline/run-webhook-events-export.ts';
import { hasStaleDeliveries } from '../../raw/webhook-deliveries.ts';
import type { JobTask } from '../job-task.ts';
import { deliverAlerts } from './deliver-alerts.ts';
import { wordInsights } from './word-insights.ts';

/** Seconds a stored delivery may wait before the sweep queues processing again. */
const STALE_SECONDS = 30;

/**
 * Every delivery waiting, in storage order; then the insights' wording and the
 * alerts they raised, and the deliveries' export to the events store. Queued
 * by each delivery and redelivery (webhook routes), at start, and by the sweep
 * when a job whose connection died left deliveries waiting.
 */
export const processWebhooks: JobTask = {
  name: 'process_webhooks',
  atStart: true,
  sweep: { everySeconds: STALE_SECONDS, due: ({ db }) => hasStaleDeliveries(db.pool, STALE_SECONDS) },
  async run({ db, config, logger, clickhouse, requestRun }) {
    await processPendingDeliveries(db, {
      delivery: config.delivery,
      onFailed: (failure) =>
        logger.warn({ delivery: failure.deliveryId, err: failure.error }, 'webhook delivery failed'),
    });
    await requestRun(wordInsights.name);
    await requestRun(deliverAlerts.name);
    // Every delivery stored so far, processed or ignored, reaches the events store.
    if (clickhouse) await runWebhookEventsExport(db, clickhouse);
  },
};
