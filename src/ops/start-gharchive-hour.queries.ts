/** Types generated for queries found in "src/ops/start-gharchive-hour.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'StartGharchiveHourSql' parameters type */
export interface IStartGharchiveHourSqlParams {
  hour: DateOrString;
  url: string;
}

/** 'StartGharchiveHourSql' return type */
export type IStartGharchiveHourSqlResult = void;

/** 'StartGharchiveHourSql' query type */
export interface IStartGharchiveHourSqlQuery {
  params: IStartGharchiveHourSqlParams;
  result: IStartGharchiveHourSqlResult;
}

const startGharchiveHourSqlIR: any = {"usedParamSet":{"hour":true,"url":true},"params":[{"name":"hour","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":232},{"a":314,"b":319}]},{"name":"url","required":true,"transform":{"type":"scalar"},"locs":[{"a":333,"b":337}]}],"statement":"-- An hour's import begins (again): its row goes back to running with zero\n-- counts, and rejects of an earlier attempt are dropped. :hour the hour, :url its file\nWITH cleared AS (DELETE FROM ops.gharchive_rejects WHERE hour = :hour!)\nINSERT INTO ops.gharchive_hours (hour, status, source_url, started_at)\nVALUES (:hour!, 'running', :url!, now())\nON CONFLICT (hour) DO UPDATE\nSET status = 'running', events = 0, rejected = 0, skipped = 0, bytes = 0, checksum = NULL, error = NULL,\n    source_url = EXCLUDED.source_url, started_at = now(), finished_at = NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- An hour's import begins (again): its row goes back to running with zero
 * -- counts, and rejects of an earlier attempt are dropped. :hour the hour, :url its file
 * WITH cleared AS (DELETE FROM ops.gharchive_rejects WHERE hour = :hour!)
 * INSERT INTO ops.gharchive_hours (hour, status, source_url, started_at)
 * VALUES (:hour!, 'running', :url!, now())
 * ON CONFLICT (hour) DO UPDATE
 * SET status = 'running', events = 0, rejected = 0, skipped = 0, bytes = 0, checksum = NULL, error = NULL,
 *     source_url = EXCLUDED.source_url, started_at = now(), finished_at = NULL
 * ```
 */
export const startGharchiveHourSql = new PreparedQuery<IStartGharchiveHourSqlParams,IStartGharchiveHourSqlResult>(startGharchiveHourSqlIR);


