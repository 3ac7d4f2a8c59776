import { deliverAlerts as postAlerts } from '../../pipeline/deliver-alerts.ts';
import type { JobTask } from '../job-task.ts';

/**
 * Undelivered alerts posted to the configured webhooks (a failure is retried
 * by the queue). Queued after webhooks are processed, after every ingest
 * (committed: star alerts; failed: run_failed), and at start; only with a webhook.
 */
export const deliverAlerts: JobTask = {
  name: 'deliver_alerts',
  wanted: ({ config }) => config.alerts.webhooks.length > 0,
  atStart: true,
  async run({ db, config, logger }) {
    await postAlerts(db, config.alerts, process.env, logger);
  },
};
