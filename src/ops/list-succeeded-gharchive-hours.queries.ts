/** Types generated for queries found in "src/ops/list-succeeded-gharchive-hours.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'ListSucceededGharchiveHoursSql' parameters type */
export interface IListSucceededGharchiveHoursSqlParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'ListSucceededGharchiveHoursSql' return type */
export interface IListSucceededGharchiveHoursSqlResult {
  hour: Date;
}

/** 'ListSucceededGharchiveHoursSql' query type */
export interface IListSucceededGharchiveHoursSqlQuery {
  params: IListSucceededGharchiveHoursSqlParams;
  result: IListSucceededGharchiveHoursSqlResult;
}

const listSucceededGharchiveHoursSqlIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":178}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":187}]}],"statement":"-- Hours already imported in a range; an import skips them. :from first hour, :to last hour\nSELECT hour FROM ops.gharchive_hours WHERE status = 'succeeded' AND hour BETWEEN :from! AND :to!"};

/**
 * Query generated from SQL:
 * ```
 * -- Hours already imported in a range; an import skips them. :from first hour, :to last hour
 * SELECT hour FROM ops.gharchive_hours WHERE status = 'succeeded' AND hour BETWEEN :from! AND :to!
 * ```
 */
export const listSucceededGharchiveHoursSql = new PreparedQuery<IListSucceededGharchiveHoursSqlParams,IListSucceededGharchiveHoursSqlResult>(listSucceededGharchiveHoursSqlIR);


