/** Types generated for queries found in "src/ops/tracking/request-tracking.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RequestTrackingSql' parameters type */
export interface IRequestTrackingSqlParams {
  alreadyTracked: boolean;
  fullName: string;
}

/** 'RequestTrackingSql' return type */
export interface IRequestTrackingSqlResult {
  full_name: string;
  status: string;
}

/** 'RequestTrackingSql' query type */
export interface IRequestTrackingSqlQuery {
  params: IRequestTrackingSqlParams;
  result: IRequestTrackingSqlResult;
}

const requestTrackingSqlIR: any = {"usedParamSet":{"fullName":true,"alreadyTracked":true},"params":[{"name":"fullName","required":true,"transform":{"type":"scalar"},"locs":[{"a":296,"b":305}]},{"name":"alreadyTracked","required":true,"transform":{"type":"scalar"},"locs":[{"a":318,"b":333}]}],"statement":"-- Asks for a repository to be tracked; asking again (any case) changes\n-- nothing but a not_found one, which is tried again. Returns its status.\n-- :fullName owner/name, :alreadyTracked true when the warehouse tracks it already\nINSERT INTO ops.tracking_requests AS t (full_name, status)\nVALUES (:fullName!, CASE WHEN :alreadyTracked!::boolean THEN 'tracked' ELSE 'pending' END)\nON CONFLICT (lower(full_name)) DO UPDATE SET\n    status = CASE WHEN t.status = 'not_found' THEN 'pending' ELSE t.status END,\n    updated_at = CASE WHEN t.status = 'not_found' THEN now() ELSE t.updated_at END\nRETURNING full_name, status"};

/**
 * Query generated from SQL:
 * ```
 * -- Asks for a repository to be tracked; asking again (any case) changes
 * -- nothing but a not_found one, which is tried again. Returns its status.
 * -- :fullName owner/name, :alreadyTracked true when the warehouse tracks it already
 * INSERT INTO ops.tracking_requests AS t (full_name, status)
 * VALUES (:fullName!, CASE WHEN :alreadyTracked!::boolean THEN 'tracked' ELSE 'pending' END)
 * ON CONFLICT (lower(full_name)) DO UPDATE SET
 *     status = CASE WHEN t.status = 'not_found' THEN 'pending' ELSE t.status END,
 *     updated_at = CASE WHEN t.status = 'not_found' THEN now() ELSE t.updated_at END
 * RETURNING full_name, status
 * ```
 */
export const requestTrackingSql = new PreparedQuery<IRequestTrackingSqlParams,IRequestTrackingSqlResult>(requestTrackingSqlIR);


