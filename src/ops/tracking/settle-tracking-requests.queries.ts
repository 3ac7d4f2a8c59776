/** Types generated for queries found in "src/ops/tracking/settle-tracking-requests.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'SettleTrackingRequestsSql' parameters type */
export interface ISettleTrackingRequestsSqlParams {
  notFound: stringArray;
}

/** 'SettleTrackingRequestsSql' return type */
export interface ISettleTrackingRequestsSqlResult {
  not_found: number;
  tracked: number;
}

/** 'SettleTrackingRequestsSql' query type */
export interface ISettleTrackingRequestsSqlQuery {
  params: ISettleTrackingRequestsSqlParams;
  result: ISettleTrackingRequestsSqlResult;
}

const settleTrackingRequestsSqlIR: any = {"usedParamSet":{"notFound":true},"params":[{"name":"notFound","required":true,"transform":{"type":"scalar"},"locs":[{"a":675,"b":684}]}],"statement":"-- After a run's warehouse step, in its transaction: requests whose repository\n-- the warehouse now tracks are 'tracked'; those GitHub answered 404 are\n-- 'not_found'. :notFound the names GitHub did not find\nWITH found AS (\n    UPDATE ops.tracking_requests t SET status = 'tracked', updated_at = now()\n    WHERE t.status = 'pending' AND EXISTS (\n        SELECT 1 FROM warehouse.dim_repositories d\n        WHERE d.is_current AND lower(d.repo_full_name) = lower(t.full_name))\n    RETURNING 1\n), missing AS (\n    UPDATE ops.tracking_requests t SET status = 'not_found', updated_at = now()\n    WHERE t.status = 'pending' AND lower(t.full_name) = ANY (SELECT lower(n) FROM unnest(:notFound!::text[]) AS n)\n    RETURNING 1\n)\nSELECT (SELECT count(*) FROM found)::int AS \"tracked!\", (SELECT count(*) FROM missing)::int AS \"not_found!\""};

/**
 * Query generated from SQL:
 * ```
 * -- After a run's warehouse step, in its transaction: requests whose repository
 * -- the warehouse now tracks are 'tracked'; those GitHub answered 404 are
 * -- 'not_found'. :notFound the names GitHub did not find
 * WITH found AS (
 *     UPDATE ops.tracking_requests t SET status = 'tracked', updated_at = now()
 *     WHERE t.status = 'pending' AND EXISTS (
 *         SELECT 1 FROM warehouse.dim_repositories d
 *         WHERE d.is_current AND lower(d.repo_full_name) = lower(t.full_name))
 *     RETURNING 1
 * ), missing AS (
 *     UPDATE ops.tracking_requests t SET status = 'not_found', updated_at = now()
 *     WHERE t.status = 'pending' AND lower(t.full_name) = ANY (SELECT lower(n) FROM unnest(:notFound!::text[]) AS n)
 *     RETURNING 1
 * )
 * SELECT (SELECT count(*) FROM found)::int AS "tracked!", (SELECT count(*) FROM missing)::int AS "not_found!"
 * ```
 */
export const settleTrackingRequestsSql = new PreparedQuery<ISettleTrackingRequestsSqlParams,ISettleTrackingRequestsSqlResult>(settleTrackingRequestsSqlIR);


