import type { WarehouseClient } from '../../db/database.ts';
import { openDaySummarySql } from './open-day-summary.queries.ts';
import { summarizeCompaniesSql } from './summarize-companies.queries.ts';
import { summarizeLanguagesSql } from './summarize-languages.queries.ts';
import { summarizeTrendingSql } from './summarize-trending.queries.ts';

/** How far each precomputed trending list goes: the API's largest page. */
export const TRENDING_DEPTH = 100;

export interface DaySummaryCounts {
  trendingRows: number;
  languages: number;
  companies: number;
}

/**
 * The day's trending lists, language totals and company totals, computed
 * once inside the write transaction (migration 0020), so the API reads them
 * instead of aggregating the day's snapshots on every first request.
 */
export async function summarizeDay(client: WarehouseClient, date: string): Promise<DaySummaryCounts> {
  const day = { snapshotDate: date };
  await openDaySummarySql.run({ ...day, trendingDepth: TRENDING_DEPTH }, client);
  const trending = await summarizeTrendingSql.runWithCounts({ ...day, depth: TRENDING_DEPTH }, client);
  const languages = await summarizeLanguagesSql.runWithCounts(day, client);
  const companies = await summarizeCompaniesSql.runWithCounts(day, client);
  return {
    trendingRows: trending.rowCount ?? 0,
    languages: languages.rowCount ?? 0,
    companies: companies.rowCount ?? 0,
  };
}
