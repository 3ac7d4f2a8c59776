/** Types generated for queries found in "src/analytics/day-summaries/read-day-summary.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadDaySummarySql' parameters type */
export type IReadDaySummarySqlParams = void;

/** 'ReadDaySummarySql' return type */
export interface IReadDaySummarySqlResult {
  snapshot_date: string;
  trending_depth: number;
}

/** 'ReadDaySummarySql' query type */
export interface IReadDaySummarySqlQuery {
  params: IReadDaySummarySqlParams;
  result: IReadDaySummarySqlResult;
}

const readDaySummarySqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Whether the latest snapshot date has its lists computed, and how deep they go.\nSELECT s.snapshot_date::text AS \"snapshot_date!\", s.trending_depth\nFROM analytics.latest_snapshot_date l\nJOIN warehouse.day_summaries s ON s.snapshot_date = l.snapshot_date"};

/**
 * Query generated from SQL:
 * ```
 * -- Whether the latest snapshot date has its lists computed, and how deep they go.
 * SELECT s.snapshot_date::text AS "snapshot_date!", s.trending_depth
 * FROM analytics.latest_snapshot_date l
 * JOIN warehouse.day_summaries s ON s.snapshot_date = l.snapshot_date
 * ```
 */
export const readDaySummarySql = new PreparedQuery<IReadDaySummarySqlParams,IReadDaySummarySqlResult>(readDaySummarySqlIR);


