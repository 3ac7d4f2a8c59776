import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const READ_LATEST = sqlFile(import.meta.url, 'read-latest-snapshot-date.sql');

/** The latest snapshot date ('YYYY-MM-DD'), or null before the first run. */
export async function readLatestSnapshotDate(db: Queryable): Promise<string | null> {
  return (await db.query<{ snapshot_date: string | null }>(READ_LATEST)).rows[0]?.snapshot_date ?? null;
}
