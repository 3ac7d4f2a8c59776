import type { Queryable } from '../db/database.ts';
import { readDaySummary, readLanguageTotals, readTrendingList } from './day-summaries/day-summary.ts';
import type { IReadLanguageRankingsSqlResult } from './read-language-rankings.queries.ts';
import { readLanguageRankingsSql } from './read-language-rankings.queries.ts';
import { readLanguagesSql } from './read-languages.queries.ts';
import type { IReadRenderShowcaseSqlResult } from './read-render-showcase.queries.ts';
import { readRenderShowcaseSql } from './read-render-showcase.queries.ts';
import type { IReadTrendingSqlResult } from './read-trending.queries.ts';
import { readTrendingSql } from './read-trending.queries.ts';

export interface Page {
  limit: number;
  offset: number;
}

/** A repository on a trending list, as read-trending.sql and the precomputed lists give it. */
export type TrendingRow = IReadTrendingSqlResult;
export type LanguageRankingRow = IReadLanguageRankingsSqlResult;
export type RenderShowcaseRow = IReadRenderShowcaseSqlResult;

/** One page of trending repositories: the day's precomputed list when the page lies within it. */
export async function readTrending(
  db: Queryable,
  filter: { language?: string; window: string; rising: boolean } & Page,
): Promise<TrendingRow[]> {
  const summary = await readDaySummary(db);
  if (summary && filter.offset + filter.limit <= summary.trending_depth) {
    return readTrendingList(db, summary.snapshot_date, filter);
  }
  return readTrendingSql.run({ ...filter, language: filter.language ?? null }, db);
}

/** Repositories, stars and 7-day star velocity per language on the latest snapshot date. */
export async function readLanguages(
  db: Queryable,
): Promise<{ language_name: string; repos: number; stars: number; star_velocity_7d: number }[]> {
  const summary = await readDaySummary(db);
  return summary ? readLanguageTotals(db, summary.snapshot_date) : readLanguagesSql.run(undefined, db);
}

export function readLanguageRankings(
  db: Queryable,
  language: string,
  page: Page,
): Promise<LanguageRankingRow[]> {
  return readLanguageRankingsSql.run({ language, ...page }, db);
}

export function readRenderShowcase(db: Queryable, page: Page): Promise<RenderShowcaseRow[]> {
  return readRenderShowcaseSql.run(page, db);
}
