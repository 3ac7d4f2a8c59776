import type { QueryResultRow } from 'pg';
import type { Queryable } from '../../db/database.ts';
import { sqlFile } from '../../sql/sql-file.ts';

const READ_DAY_SUMMARY = sqlFile(import.meta.url, 'read-day-summary.sql');
const READ_TRENDING_LIST = sqlFile(import.meta.url, 'read-trending-list.sql');
const READ_LANGUAGE_TOTALS = sqlFile(import.meta.url, 'read-language-totals.sql');
const READ_COMPANY_TOTALS = sqlFile(import.meta.url, 'read-company-totals.sql');

/** The latest snapshot date when its lists are precomputed (src/warehouse/day-summaries/summarize-day.ts), else null. */
export async function readDaySummary(
  db: Queryable,
): Promise<{ snapshot_date: string; trending_depth: number } | null> {
  return (await db.query(READ_DAY_SUMMARY)).rows[0] ?? null;
}

export async function readTrendingList<Row extends QueryResultRow>(
  db: Queryable,
  date: string,
  filter: { language?: string; window: string; rising: boolean; limit: number; offset: number },
): Promise<Row[]> {
  const { language, window, rising, limit, offset } = filter;
  return (await db.query<Row>(READ_TRENDING_LIST, [date, language ?? null, window, rising, limit, offset]))
    .rows;
}

export async function readLanguageTotals<Row extends QueryResultRow>(
  db: Queryable,
  date: string,
): Promise<Row[]> {
  return (await db.query<Row>(READ_LANGUAGE_TOTALS, [date])).rows;
}

export async function readCompanyTotals<Row extends QueryResultRow>(
  db: Queryable,
  date: string,
): Promise<Row[]> {
  return (await db.query<Row>(READ_COMPANY_TOTALS, [date])).rows;
}
