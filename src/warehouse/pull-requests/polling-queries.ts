/**
 * The PR flow's polling API: consumers read pull requests and insights,
 * unprocessed ones first if they ask, and acknowledge insights they handled.
 */

import type { QueryResultRow } from 'pg';
import type { Queryable } from '../../db/database.ts';
import { sqlFile } from '../../sql/sql-file.ts';

const LIST_PULLS = sqlFile(import.meta.url, 'list-pull-requests.sql');
const LIST_INSIGHTS = sqlFile(import.meta.url, 'list-insights.sql');
const ACKNOWLEDGE = sqlFile(import.meta.url, 'acknowledge-insight.sql');

export async function listPullRequests<Row extends QueryResultRow>(
  db: Queryable,
  page: { limit: number; offset: number; unprocessed: boolean },
): Promise<Row[]> {
  return (await db.query<Row>(LIST_PULLS, [page.limit, page.offset, page.unprocessed])).rows;
}

export async function listInsights<Row extends QueryResultRow>(
  db: Queryable,
  page: { limit: number; offset: number; processed?: boolean },
): Promise<Row[]> {
  return (await db.query<Row>(LIST_INSIGHTS, [page.limit, page.offset, page.processed ?? null])).rows;
}

/** False when no insight has that id. */
export async function acknowledgeInsight(db: Queryable, id: string): Promise<boolean> {
  return ((await db.query(ACKNOWLEDGE, [id])).rowCount ?? 0) > 0;
}
