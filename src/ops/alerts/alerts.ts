import { alertRulesShape, type Config } from '../../config/config-schema.ts';
import type { Queryable } from '../../db/database.ts';
import { sqlFile } from '../../sql/sql-file.ts';

const RAISE_STARS = sqlFile(import.meta.url, 'raise-star-alerts.sql');
const RAISE_RUN_FAILED = sqlFile(import.meta.url, 'raise-run-failed-alert.sql');
const RAISE_PRS = sqlFile(import.meta.url, 'raise-pr-alerts.sql');
const LIST_UNDELIVERED = sqlFile(import.meta.url, 'list-undelivered-alerts.sql');
const RECORD_DELIVERY = sqlFile(import.meta.url, 'record-alert-delivery.sql');

export type AlertRules = Config['alerts']['rules'];
export type AlertRule = keyof typeof alertRulesShape;

const ALERT_RULES = Object.keys(alertRulesShape) as AlertRule[];

/** The rules that are on, by name. */
export function enabledRules(rules: AlertRules): AlertRule[] {
  return ALERT_RULES.filter((rule) =>
    typeof rules[rule] === 'boolean' ? rules[rule] : rules[rule] !== undefined,
  );
}

/** The star rules over a run's day, inside its write transaction. Returns the alerts raised. */
export async function raiseStarAlerts(db: Queryable, day: string, rules: AlertRules): Promise<number> {
  if (!rules.daily_gain && !rules.gain_vs_median) return 0;
  const { rows } = await db.query<{ n: number }>(RAISE_STARS, [
    day,
    rules.daily_gain?.stars ?? null,
    rules.gain_vs_median?.times ?? null,
    rules.gain_vs_median?.min_stars ?? 0,
  ]);
  return rows[0]?.n ?? 0;
}

/** A failed run as an alert (when the run_failed rule is on). */
export async function raiseRunFailedAlert(
  db: Queryable,
  run: { runId: string; day: string; error: string },
): Promise<void> {
  await db.query(RAISE_RUN_FAILED, [run.runId, run.day, run.error]);
}

export async function raisePrAlerts(db: Queryable): Promise<void> {
  await db.query(RAISE_PRS);
}

export interface UndeliveredAlert {
  id: number;
  rule: AlertRule;
  subject: string;
  message: string;
  details: Record<string, unknown>;
  attempts: number;
}

export async function listUndeliveredAlerts(
  db: Queryable,
  webhook: string,
  maxAttempts: number,
  rules: AlertRule[],
): Promise<UndeliveredAlert[]> {
  return (await db.query<UndeliveredAlert>(LIST_UNDELIVERED, [webhook, maxAttempts, rules])).rows;
}

export async function recordAlertDelivery(
  db: Queryable,
  attempt: {
    alertId: number;
    webhook: string;
    attempt: number;
    delivered: boolean;
    httpStatus: number | null;
    error: string | null;
  },
): Promise<void> {
  await db.query(RECORD_DELIVERY, [
    attempt.alertId,
    attempt.webhook,
    attempt.attempt,
    attempt.delivered,
    attempt.httpStatus,
    attempt.error,
  ]);
}
