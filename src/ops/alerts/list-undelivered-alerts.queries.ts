/** Types generated for queries found in "src/ops/alerts/list-undelivered-alerts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ListUndeliveredAlertsSql' parameters type */
export interface IListUndeliveredAlertsSqlParams {
  maxAttempts: number;
  rules: stringArray;
  webhook: string;
}

/** 'ListUndeliveredAlertsSql' return type */
export interface IListUndeliveredAlertsSqlResult {
  attempts: number;
  details: Json;
  id: number;
  message: string;
  rule: string;
  subject: string;
}

/** 'ListUndeliveredAlertsSql' query type */
export interface IListUndeliveredAlertsSqlQuery {
  params: IListUndeliveredAlertsSqlParams;
  result: IListUndeliveredAlertsSqlResult;
}

const listUndeliveredAlertsSqlIR: any = {"usedParamSet":{"webhook":true,"rules":true,"maxAttempts":true},"params":[{"name":"webhook","required":true,"transform":{"type":"scalar"},"locs":[{"a":351,"b":359},{"a":527,"b":535},{"a":645,"b":653}]},{"name":"rules","required":true,"transform":{"type":"scalar"},"locs":[{"a":415,"b":421}]},{"name":"maxAttempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":658,"b":670}]}],"statement":"-- Alerts a webhook has not received yet and has not given up on, oldest\n-- first, with the attempts made so far. :webhook the webhook's name, :maxAttempts most attempts,\n-- :rules the rules it takes\nSELECT a.id, a.rule, a.subject, a.message, a.details,\n       (SELECT count(*)::int FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook!) AS \"attempts!\"\nFROM ops.alerts a\nWHERE a.rule = ANY (:rules!::text[])\n  AND NOT EXISTS (SELECT 1 FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook! AND d.delivered)\n  AND (SELECT count(*) FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook!) < :maxAttempts!\nORDER BY a.id"};

/**
 * Query generated from SQL:
 * ```
 * -- Alerts a webhook has not received yet and has not given up on, oldest
 * -- first, with the attempts made so far. :webhook the webhook's name, :maxAttempts most attempts,
 * -- :rules the rules it takes
 * SELECT a.id, a.rule, a.subject, a.message, a.details,
 *        (SELECT count(*)::int FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook!) AS "attempts!"
 * FROM ops.alerts a
 * WHERE a.rule = ANY (:rules!::text[])
 *   AND NOT EXISTS (SELECT 1 FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook! AND d.delivered)
 *   AND (SELECT count(*) FROM ops.alert_deliveries d WHERE d.alert_id = a.id AND d.webhook = :webhook!) < :maxAttempts!
 * ORDER BY a.id
 * ```
 */
export const listUndeliveredAlertsSql = new PreparedQuery<IListUndeliveredAlertsSqlParams,IListUndeliveredAlertsSqlResult>(listUndeliveredAlertsSqlIR);


