/** Types generated for queries found in "src/ops/tracking/list-tracking-requests.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListTrackingRequestsSql' parameters type */
export interface IListTrackingRequestsSqlParams {
  status?: string | null | void;
}

/** 'ListTrackingRequestsSql' return type */
export interface IListTrackingRequestsSqlResult {
  repository: string;
  requested_at: string;
  status: string;
  updated_at: string;
}

/** 'ListTrackingRequestsSql' query type */
export interface IListTrackingRequestsSqlQuery {
  params: IListTrackingRequestsSqlParams;
  result: IListTrackingRequestsSqlResult;
}

const listTrackingRequestsSqlIR: any = {"usedParamSet":{"status":true},"params":[{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":342,"b":348},{"a":376,"b":382}]}],"statement":"-- Every tracking request, newest first; :status only this status (NULL: all)\nSELECT full_name AS repository, status,\n       to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS \"requested_at!\",\n       to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS \"updated_at!\"\nFROM ops.tracking_requests\nWHERE :status::text IS NULL OR status = :status\nORDER BY to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') DESC, full_name"};

/**
 * Query generated from SQL:
 * ```
 * -- Every tracking request, newest first; :status only this status (NULL: all)
 * SELECT full_name AS repository, status,
 *        to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "requested_at!",
 *        to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updated_at!"
 * FROM ops.tracking_requests
 * WHERE :status::text IS NULL OR status = :status
 * ORDER BY to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') DESC, full_name
 * ```
 */
export const listTrackingRequestsSql = new PreparedQuery<IListTrackingRequestsSqlParams,IListTrackingRequestsSqlResult>(listTrackingRequestsSqlIR);


