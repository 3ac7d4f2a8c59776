import type { Queryable } from '../db/database.ts';
import { readCompanyTotals, readDaySummary } from './day-summaries/day-summary.ts';
import { type IReadCompaniesSqlResult, readCompaniesSql } from './read-companies.queries.ts';
import { readCompanySql } from './read-company.queries.ts';

export type CompanyTotalsRow = IReadCompaniesSqlResult;

/** The JSON read-company.sql builds (pgtyped types a json_build_object as Json). */
export interface CompanyDetail {
  company: CompanyTotalsRow;
  top_forked: { repo_full_name: string; forks: number; stars: number; fork_rank: number }[];
  languages: {
    language_name: string;
    repo_count: number;
    total_bytes: number;
    share_percent: number | null;
  }[];
}

/** Totals per tracked organisation on the latest day, precomputed when the day's summary exists. */
export async function readCompanies(db: Queryable): Promise<CompanyTotalsRow[]> {
  const summary = await readDaySummary(db);
  return summary ? readCompanyTotals(db, summary.snapshot_date) : readCompaniesSql.run(undefined, db);
}

/** One tracked organisation's totals, most forked repositories and languages; null when not tracked. */
export async function readCompany(db: Queryable, org: string): Promise<CompanyDetail | null> {
  const detail = (await readCompanySql.run({ org }, db))[0]?.company as CompanyDetail | null | undefined;
  return detail?.company ? detail : null;
}
