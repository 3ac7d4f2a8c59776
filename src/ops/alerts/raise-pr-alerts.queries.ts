/** Types generated for queries found in "src/ops/alerts/raise-pr-alerts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RaisePrAlertsSql' parameters type */
export type IRaisePrAlertsSqlParams = void;

/** 'RaisePrAlertsSql' return type */
export type IRaisePrAlertsSqlResult = void;

/** 'RaisePrAlertsSql' query type */
export interface IRaisePrAlertsSqlQuery {
  params: IRaisePrAlertsSqlParams;
  result: IRaisePrAlertsSqlResult;
}

const raisePrAlertsSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- High-risk pull requests not alerted yet: one alert per PR head commit.\nINSERT INTO ops.alerts (rule, subject, day, message, details)\nSELECT 'high_risk_pr', format('%s#%s@%s', r.full_name, i.pr_number, left(COALESCE(i.commit_sha, ''), 12)),\n       i.created_at::date,\n       format('High-risk PR %s#%s: %s', r.full_name, i.pr_number, i.summary),\n       jsonb_build_object('repository', r.full_name, 'pr_number', i.pr_number, 'url',\n                          'https://github.com/' || r.full_name || '/pull/' || i.pr_number, 'recommendation', i.recommendation)\nFROM warehouse.insights i\nJOIN warehouse.repositories r ON r.id = i.repo_id\nWHERE i.risk_level = 'high'\nON CONFLICT (rule, subject, day) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * -- High-risk pull requests not alerted yet: one alert per PR head commit.
 * INSERT INTO ops.alerts (rule, subject, day, message, details)
 * SELECT 'high_risk_pr', format('%s#%s@%s', r.full_name, i.pr_number, left(COALESCE(i.commit_sha, ''), 12)),
 *        i.created_at::date,
 *        format('High-risk PR %s#%s: %s', r.full_name, i.pr_number, i.summary),
 *        jsonb_build_object('repository', r.full_name, 'pr_number', i.pr_number, 'url',
 *                           'https://github.com/' || r.full_name || '/pull/' || i.pr_number, 'recommendation', i.recommendation)
 * FROM warehouse.insights i
 * JOIN warehouse.repositories r ON r.id = i.repo_id
 * WHERE i.risk_level = 'high'
 * ON CONFLICT (rule, subject, day) DO NOTHING
 * ```
 */
export const raisePrAlertsSql = new PreparedQuery<IRaisePrAlertsSqlParams,IRaisePrAlertsSqlResult>(raisePrAlertsSqlIR);


