import type { Queryable } from '../../db/database.ts';
import { readCompanyTotalsSql } from './read-company-totals.queries.ts';
import { readDaySummarySql } from './read-day-summary.queries.ts';
import { readLanguageTotalsSql } from './read-language-totals.queries.ts';
import { readTrendingListSql } from './read-trending-list.queries.ts';

/** The latest snapshot date when its lists are precomputed (src/warehouse/day-summaries/summarize-day.ts), else null. */
export async function readDaySummary(
  db: Queryable,
): Promise<{ snapshot_date: string; trending_depth: number } | null> {
  return (await readDaySummarySql.run(undefined, db))[0] ?? null;
}

export function readTrendingList(
  db: Queryable,
  snapshotDate: string,
  filter: { language?: string; window: string; rising: boolean; limit: number; offset: number },
) {
  return readTrendingListSql.run({ ...filter, snapshotDate, language: filter.language ?? null }, db);
}

export function readLanguageTotals(db: Queryable, snapshotDate: string) {
  return readLanguageTotalsSql.run({ snapshotDate }, db);
}

export function readCompanyTotals(db: Queryable, snapshotDate: string) {
  return readCompanyTotalsSql.run({ snapshotDate }, db);
}
