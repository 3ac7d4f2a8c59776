import type { QueryResultRow } from 'pg';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';

const COMPANIES = sqlFile(import.meta.url, 'read-companies.sql');
const COMPANY = sqlFile(import.meta.url, 'read-company.sql');

export async function readCompanies<Row extends QueryResultRow>(db: Queryable): Promise<Row[]> {
  return (await db.query<Row>(COMPANIES)).rows;
}

/** One tracked organisation's totals, most forked repositories and languages; null when not tracked. */
export async function readCompany<Row>(db: Queryable, org: string): Promise<Row | null> {
  const company = (await db.query<{ company: Row & { company: unknown } }>(COMPANY, [org])).rows[0]?.company;
  return company?.company ? company : null;
}
