import type { QueryResultRow } from 'pg';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const READ_WEEKLY = sqlFile(import.meta.url, 'read-pr-weekly-metrics.sql');

/** PR cycle-time metrics per repository and week (README "Pull request flow"). */
export async function readPrWeeklyMetrics<Row extends QueryResultRow>(
  db: Queryable,
  filter: { repository?: string; weeks: number },
): Promise<Row[]> {
  return (await db.query<Row>(READ_WEEKLY, [filter.repository ?? null, filter.weeks])).rows;
}
