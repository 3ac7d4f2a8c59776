/** Types generated for queries found in "src/ops/alerts/raise-run-failed-alert.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RaiseRunFailedAlertSql' parameters type */
export interface IRaiseRunFailedAlertSqlParams {
  day: string;
  error: string;
  runId: string;
}

/** 'RaiseRunFailedAlertSql' return type */
export type IRaiseRunFailedAlertSqlResult = void;

/** 'RaiseRunFailedAlertSql' query type */
export interface IRaiseRunFailedAlertSqlQuery {
  params: IRaiseRunFailedAlertSqlParams;
  result: IRaiseRunFailedAlertSqlResult;
}

const raiseRunFailedAlertSqlIR: any = {"usedParamSet":{"runId":true,"day":true,"error":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":171},{"a":230,"b":236},{"a":298,"b":304}]},{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":184}]},{"name":"error","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":251},{"a":322,"b":328}]}],"statement":"-- A failed pipeline run, once. :runId the run, :day its day, :error what failed\nINSERT INTO ops.alerts (rule, subject, day, message, details)\nVALUES ('run_failed', :runId!::text, :day!::date, format('gitpulse run %s failed: %s', :runId!::text, :error!::text),\n        jsonb_build_object('run_id', :runId!::text, 'error', :error!::text))\nON CONFLICT (rule, subject, day) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * -- A failed pipeline run, once. :runId the run, :day its day, :error what failed
 * INSERT INTO ops.alerts (rule, subject, day, message, details)
 * VALUES ('run_failed', :runId!::text, :day!::date, format('gitpulse run %s failed: %s', :runId!::text, :error!::text),
 *         jsonb_build_object('run_id', :runId!::text, 'error', :error!::text))
 * ON CONFLICT (rule, subject, day) DO NOTHING
 * ```
 */
export const raiseRunFailedAlertSql = new PreparedQuery<IRaiseRunFailedAlertSqlParams,IRaiseRunFailedAlertSqlResult>(raiseRunFailedAlertSqlIR);


