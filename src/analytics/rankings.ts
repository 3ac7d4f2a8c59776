import type { QueryResultRow } from 'pg';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';
import { readDaySummary, readLanguageTotals, readTrendingList } from './day-summaries/day-summary.ts';

const TRENDING = sqlFile(import.meta.url, 'read-trending.sql');
const LANGUAGES = sqlFile(import.meta.url, 'read-languages.sql');
const LANGUAGE_RANKINGS = sqlFile(import.meta.url, 'read-language-rankings.sql');
const RENDER_SHOWCASE = sqlFile(import.meta.url, 'read-render-showcase.sql');

export interface Page {
  limit: number;
  offset: number;
}

/** One page of trending repositories: the day's precomputed list when the page lies within it. */
export async function readTrending<Row extends QueryResultRow>(
  db: Queryable,
  filter: { language?: string; window: string; rising: boolean } & Page,
): Promise<Row[]> {
  const summary = await readDaySummary(db);
  if (summary && filter.offset + filter.limit <= summary.trending_depth) {
    return readTrendingList<Row>(db, summary.snapshot_date, filter);
  }
  return (
    await db.query<Row>(TRENDING, [
      filter.language ?? null,
      filter.window,
      filter.rising,
      filter.limit,
      filter.offset,
    ])
  ).rows;
}

/** Repositories, stars and 7-day star velocity per language on the latest snapshot date. */
export async function readLanguages(
  db: Queryable,
): Promise<{ language_name: string; repos: number; stars: number; star_velocity_7d: number }[]> {
  const summary = await readDaySummary(db);
  return summary ? readLanguageTotals(db, summary.snapshot_date) : (await db.query(LANGUAGES)).rows;
}

export async function readLanguageRankings<Row extends QueryResultRow>(
  db: Queryable,
  language: string,
  page: Page,
): Promise<Row[]> {
  return (await db.query<Row>(LANGUAGE_RANKINGS, [language, page.limit, page.offset])).rows;
}

export async function readRenderShowcase<Row extends QueryResultRow>(
  db: Queryable,
  page: Page,
): Promise<Row[]> {
  return (await db.query<Row>(RENDER_SHOWCASE, [page.limit, page.offset])).rows;
}
