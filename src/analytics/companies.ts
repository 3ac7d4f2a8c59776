import type { QueryResultRow } from 'pg';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';
import { readCompanyTotals, readDaySummary } from './day-summaries/day-summary.ts';

const COMPANIES = sqlFile(import.meta.url, 'read-companies.sql');
const COMPANY = sqlFile(import.meta.url, 'read-company.sql');

/** Totals per tracked organisation on the latest day, precomputed when the day's summary exists. */
export async function readCompanies<Row extends QueryResultRow>(db: Queryable): Promise<Row[]> {
  const summary = await readDaySummary(db);
  return summary ? readCompanyTotals<Row>(db, summary.snapshot_date) : (await db.query<Row>(COMPANIES)).rows;
}

/** One tracked organisation's totals, most forked repositories and languages; null when not tracked. */
export async function readCompany<Row>(db: Queryable, org: string): Promise<Row | null> {
  const company = (await db.query<{ company: Row & { company: unknown } }>(COMPANY, [org])).rows[0]?.company;
  return company?.company ? company : null;
}
