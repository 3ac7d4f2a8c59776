/** Types generated for queries found in "src/ops/summarize-gharchive-hours.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'SummarizeGharchiveHoursSql' parameters type */
export type ISummarizeGharchiveHoursSqlParams = void;

/** 'SummarizeGharchiveHoursSql' return type */
export interface ISummarizeGharchiveHoursSqlResult {
  bytes: number;
  errors: stringArray | null;
  events: number;
  first_hour: Date;
  hours: number;
  last_hour: Date;
  rejected: number;
  status: string;
}

/** 'SummarizeGharchiveHoursSql' query type */
export interface ISummarizeGharchiveHoursSqlQuery {
  params: ISummarizeGharchiveHoursSqlParams;
  result: ISummarizeGharchiveHoursSqlResult;
}

const summarizeGharchiveHoursSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Hours per status with their events, rejects and bytes, and the failed hours' reasons.\n-- Each group has rows, and their counts and hours are NOT NULL.\nSELECT status, count(*)::int AS \"hours!\", sum(events)::bigint AS \"events!\", sum(rejected)::bigint AS \"rejected!\",\n       sum(bytes)::bigint AS \"bytes!\", min(hour) AS \"first_hour!\", max(hour) AS \"last_hour!\",\n       (array_agg(to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24') || ': ' || error ORDER BY hour)\n          FILTER (WHERE error IS NOT NULL))[1:10] AS errors\nFROM ops.gharchive_hours\nGROUP BY status\nORDER BY status"};

/**
 * Query generated from SQL:
 * ```
 * -- Hours per status with their events, rejects and bytes, and the failed hours' reasons.
 * -- Each group has rows, and their counts and hours are NOT NULL.
 * SELECT status, count(*)::int AS "hours!", sum(events)::bigint AS "events!", sum(rejected)::bigint AS "rejected!",
 *        sum(bytes)::bigint AS "bytes!", min(hour) AS "first_hour!", max(hour) AS "last_hour!",
 *        (array_agg(to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24') || ': ' || error ORDER BY hour)
 *           FILTER (WHERE error IS NOT NULL))[1:10] AS errors
 * FROM ops.gharchive_hours
 * GROUP BY status
 * ORDER BY status
 * ```
 */
export const summarizeGharchiveHoursSql = new PreparedQuery<ISummarizeGharchiveHoursSqlParams,ISummarizeGharchiveHoursSqlResult>(summarizeGharchiveHoursSqlIR);


