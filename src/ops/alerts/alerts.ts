import { alertRulesShape, type Config } from '../../config/config-schema.ts';
import type { Queryable } from '../../db/database.ts';
import {
  type IListUndeliveredAlertsSqlResult,
  listUndeliveredAlertsSql,
} from './list-undelivered-alerts.queries.ts';
import { raisePrAlertsSql } from './raise-pr-alerts.queries.ts';
import { raiseRunFailedAlertSql } from './raise-run-failed-alert.queries.ts';
import { raiseStarAlertsSql } from './raise-star-alerts.queries.ts';
import { recordAlertDeliverySql } from './record-alert-delivery.queries.ts';

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
  const rows = await raiseStarAlertsSql.run(
    {
      day,
      dailyGain: rules.daily_gain?.stars ?? null,
      gainTimes: rules.gain_vs_median?.times ?? null,
      minGain: rules.gain_vs_median?.min_stars ?? 0,
    },
    db,
  );
  return rows[0]?.n ?? 0;
}

/** A failed run as an alert (when the run_failed rule is on). */
export async function raiseRunFailedAlert(
  db: Queryable,
  run: { runId: string; day: string; error: string },
): Promise<void> {
  await raiseRunFailedAlertSql.run(run, db);
}

export async function raisePrAlerts(db: Queryable): Promise<void> {
  await raisePrAlertsSql.run(undefined, db);
}

/** An alert to deliver: its rule is one of ops.alerts' CHECK, its details the object a raise-*.sql built. */
export type UndeliveredAlert = Omit<IListUndeliveredAlertsSqlResult, 'rule' | 'details'> & {
  rule: AlertRule;
  details: Record<string, unknown>;
};

export async function listUndeliveredAlerts(
  db: Queryable,
  webhook: string,
  maxAttempts: number,
  rules: AlertRule[],
): Promise<UndeliveredAlert[]> {
  return (await listUndeliveredAlertsSql.run({ webhook, maxAttempts, rules }, db)) as UndeliveredAlert[];
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
  await recordAlertDeliverySql.run(attempt, db);
}
