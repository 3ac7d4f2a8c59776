/** Types generated for queries found in "src/warehouse/day-summaries/open-day-summary.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'OpenDaySummarySql' parameters type */
export interface IOpenDaySummarySqlParams {
  snapshotDate: string;
  trendingDepth: number;
}

/** 'OpenDaySummarySql' return type */
export type IOpenDaySummarySqlResult = void;

/** 'OpenDaySummarySql' query type */
export interface IOpenDaySummarySqlQuery {
  params: IOpenDaySummarySqlParams;
  result: IOpenDaySummarySqlResult;
}

const openDaySummarySqlIR: any = {"usedParamSet":{"snapshotDate":true,"trendingDepth":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":233,"b":246},{"a":340,"b":353},{"a":446,"b":459},{"a":545,"b":558}]},{"name":"trendingDepth","required":true,"transform":{"type":"scalar"},"locs":[{"a":567,"b":581}]}],"statement":"-- Starts a day's summary afresh: a re-run of the day replaces its lists.\n-- :snapshotDate the day, :trendingDepth how far each trending list goes\nWITH trending AS (\n    DELETE FROM warehouse.day_trending_lists WHERE snapshot_date = :snapshotDate!::date\n), languages AS (\n    DELETE FROM warehouse.day_language_totals WHERE snapshot_date = :snapshotDate!::date\n), companies AS (\n    DELETE FROM warehouse.day_company_totals WHERE snapshot_date = :snapshotDate!::date\n)\nINSERT INTO warehouse.day_summaries (snapshot_date, trending_depth) VALUES (:snapshotDate!::date, :trendingDepth!::int)\nON CONFLICT (snapshot_date) DO UPDATE SET trending_depth = EXCLUDED.trending_depth, summarized_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * -- Starts a day's summary afresh: a re-run of the day replaces its lists.
 * -- :snapshotDate the day, :trendingDepth how far each trending list goes
 * WITH trending AS (
 *     DELETE FROM warehouse.day_trending_lists WHERE snapshot_date = :snapshotDate!::date
 * ), languages AS (
 *     DELETE FROM warehouse.day_language_totals WHERE snapshot_date = :snapshotDate!::date
 * ), companies AS (
 *     DELETE FROM warehouse.day_company_totals WHERE snapshot_date = :snapshotDate!::date
 * )
 * INSERT INTO warehouse.day_summaries (snapshot_date, trending_depth) VALUES (:snapshotDate!::date, :trendingDepth!::int)
 * ON CONFLICT (snapshot_date) DO UPDATE SET trending_depth = EXCLUDED.trending_depth, summarized_at = now()
 * ```
 */
export const openDaySummarySql = new PreparedQuery<IOpenDaySummarySqlParams,IOpenDaySummarySqlResult>(openDaySummarySqlIR);


