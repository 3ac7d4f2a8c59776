import type { WarehouseClient } from '../../db/database.ts';
import { sqlFile } from '../../sql/sql-file.ts';

const OPEN = sqlFile(import.meta.url, 'open-day-summary.sql');
const TRENDING = sqlFile(import.meta.url, 'summarize-trending.sql');
const LANGUAGES = sqlFile(import.meta.url, 'summarize-languages.sql');
const COMPANIES = sqlFile(import.meta.url, 'summarize-companies.sql');

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
  await client.query(OPEN, [date, TRENDING_DEPTH]);
  const trending = await client.query(TRENDING, [date, TRENDING_DEPTH]);
  const languages = await client.query(LANGUAGES, [date]);
  const companies = await client.query(COMPANIES, [date]);
  return {
    trendingRows: trending.rowCount ?? 0,
    languages: languages.rowCount ?? 0,
    companies: companies.rowCount ?? 0,
  };
}
