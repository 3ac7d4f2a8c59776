import type { JobTask } from './job-task.ts';
import { deliverAlerts } from './tasks/deliver-alerts.ts';
import { exportClientEvents } from './tasks/export-client-events.ts';
import { ingest } from './tasks/ingest.ts';
import { processWebhooks } from './tasks/process-webhooks.ts';
import { wordInsights } from './tasks/word-insights.ts';

/** Every task `gitpulse serve` runs, one file each under tasks/; at start they are queued in this order. */
export const JOB_TASKS: readonly JobTask[] = [
  processWebhooks,
  wordInsights,
  deliverAlerts,
  exportClientEvents,
  ingest,
];
