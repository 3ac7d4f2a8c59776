import type { Config } from '../config/config-schema.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log/logger.ts';
import {
  enabledRules,
  listUndeliveredAlerts,
  raisePrAlerts,
  recordAlertDelivery,
} from '../ops/alerts/alerts.ts';

const TIMEOUT_MS = 10_000;

/**
 * Sends every alert a configured webhook has not received yet, as
 * Slack-compatible JSON ({"text": …}, plus a `gitpulse` object with the
 * rule, subject and details), each attempt logged in ops.alert_deliveries
 * under the webhook's name (its URL is a secret: never logged or stored).
 * When an attempt fails and attempts are left it throws, so the job queue
 * runs it again with its growing delay; after `max_attempts` it gives up.
 */
export async function deliverAlerts(
  db: Database,
  config: Config['alerts'],
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<{ delivered: number; failed: number }> {
  const rules = enabledRules(config.rules);
  const counts = { delivered: 0, failed: 0 };
  if (config.webhooks.length === 0 || rules.length === 0) return counts;
  if (rules.includes('high_risk_pr')) await raisePrAlerts(db.pool);
  let retryLater = false;
  for (const webhook of config.webhooks) {
    const url = webhook.url ?? (webhook.url_env ? env[webhook.url_env] : undefined);
    if (!url) {
      logger.warn(
        { webhook: webhook.name, variable: webhook.url_env },
        'alert webhook has no URL: its variable is not set',
      );
      continue;
    }
    const scrub = (text: string) => text.replaceAll(url, `<${webhook.name}>`);
    for (const alert of await listUndeliveredAlerts(db.pool, webhook.name, config.max_attempts, rules)) {
      let httpStatus: number | null = null;
      let error: string | null = null;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'gitpulse-alerts' },
          body: JSON.stringify({
            text: alert.message,
            gitpulse: { rule: alert.rule, subject: alert.subject, details: alert.details },
          }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        httpStatus = response.status;
        await response.arrayBuffer();
        if (!response.ok) error = `answered ${response.status}`;
      } catch (failure) {
        const cause = (failure as { cause?: { message?: string } }).cause?.message;
        error = scrub(cause ? `${(failure as Error).message}: ${cause}` : (failure as Error).message);
      }
      await recordAlertDelivery(db.pool, {
        alertId: alert.id,
        webhook: webhook.name,
        attempt: alert.attempts + 1,
        delivered: error === null,
        httpStatus,
        error,
      });
      if (error === null) counts.delivered++;
      else {
        counts.failed++;
        if (alert.attempts + 1 < config.max_attempts) retryLater = true;
        else logger.warn({ webhook: webhook.name, alert: alert.id, error }, 'alert not delivered; giving up');
      }
    }
  }
  if (retryLater) throw new Error(`${counts.failed} alert deliveries failed; they are retried`);
  return counts;
}
