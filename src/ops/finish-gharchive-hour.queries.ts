/** Types generated for queries found in "src/ops/finish-gharchive-hour.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'FinishGharchiveHourSql' parameters type */
export interface IFinishGharchiveHourSqlParams {
  bytes: number;
  checksum?: string | null | void;
  error?: string | null | void;
  events: number;
  hour: DateOrString;
  rejected: number;
  skipped: number;
  status: string;
}

/** 'FinishGharchiveHourSql' return type */
export type IFinishGharchiveHourSqlResult = void;

/** 'FinishGharchiveHourSql' query type */
export interface IFinishGharchiveHourSqlQuery {
  params: IFinishGharchiveHourSqlParams;
  result: IFinishGharchiveHourSqlResult;
}

const finishGharchiveHourSqlIR: any = {"usedParamSet":{"status":true,"events":true,"rejected":true,"skipped":true,"bytes":true,"checksum":true,"error":true,"hour":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":144}]},{"name":"events","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":163}]},{"name":"rejected","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":186}]},{"name":"skipped","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":207}]},{"name":"bytes","required":true,"transform":{"type":"scalar"},"locs":[{"a":218,"b":224}]},{"name":"checksum","required":false,"transform":{"type":"scalar"},"locs":[{"a":242,"b":250}]},{"name":"error","required":false,"transform":{"type":"scalar"},"locs":[{"a":261,"b":266}]},{"name":"hour","required":true,"transform":{"type":"scalar"},"locs":[{"a":302,"b":307}]}],"statement":"-- An hour's import ended: its :status, counts and bytes read; :checksum and :error may be NULL.\nUPDATE ops.gharchive_hours\nSET status = :status!, events = :events!, rejected = :rejected!, skipped = :skipped!, bytes = :bytes!,\n    checksum = :checksum, error = :error, finished_at = now()\nWHERE hour = :hour!"};

/**
 * Query generated from SQL:
 * ```
 * -- An hour's import ended: its :status, counts and bytes read; :checksum and :error may be NULL.
 * UPDATE ops.gharchive_hours
 * SET status = :status!, events = :events!, rejected = :rejected!, skipped = :skipped!, bytes = :bytes!,
 *     checksum = :checksum, error = :error, finished_at = now()
 * WHERE hour = :hour!
 * ```
 */
export const finishGharchiveHourSql = new PreparedQuery<IFinishGharchiveHourSqlParams,IFinishGharchiveHourSqlResult>(finishGharchiveHourSqlIR);


