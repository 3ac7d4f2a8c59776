import type { Queryable } from '../db/database.ts';
import { readLatestSnapshotDateSql } from './read-latest-snapshot-date.queries.ts';

/** The latest snapshot date ('YYYY-MM-DD'), or null before the first run. */
export async function readLatestSnapshotDate(db: Queryable): Promise<string | null> {
  return (await readLatestSnapshotDateSql.run(undefined, db))[0]?.snapshot_date ?? null;
}
