import type { Queryable } from '../db/database.ts';
import {
  type IReadPrWeeklyMetricsSqlResult,
  readPrWeeklyMetricsSql,
} from './read-pr-weekly-metrics.queries.ts';

export type PrWeekRow = IReadPrWeeklyMetricsSqlResult;

/** PR cycle-time metrics per repository and week (README "Pull request flow"); bots' PRs apart unless included. */
export function readPrWeeklyMetrics(
  db: Queryable,
  filter: { repository?: string; weeks: number; includeBots: boolean },
): Promise<PrWeekRow[]> {
  return readPrWeeklyMetricsSql.run(
    { repository: filter.repository ?? null, weeks: filter.weeks, includeBots: filter.includeBots },
    db,
  );
}
