import type { QueryResultRow } from 'pg';
import type { Queryable } from '../../db/database.ts';
import { sqlFile } from '../../sql/sql-file.ts';

const REQUEST = sqlFile(import.meta.url, 'request-tracking.sql');
const LIST = sqlFile(import.meta.url, 'list-tracking-requests.sql');
const SETTLE = sqlFile(import.meta.url, 'settle-tracking-requests.sql');

export type TrackingStatus = 'pending' | 'tracked' | 'not_found';

/** Asks for a repository to be tracked from the next run on. */
export async function requestTracking(
  db: Queryable,
  fullName: string,
  alreadyTracked: boolean,
): Promise<{ full_name: string; status: TrackingStatus }> {
  return (await db.query<{ full_name: string; status: TrackingStatus }>(REQUEST, [fullName, alreadyTracked]))
    .rows[0] as { full_name: string; status: TrackingStatus };
}

export async function listTrackingRequests<Row extends QueryResultRow>(
  db: Queryable,
  status?: TrackingStatus,
): Promise<Row[]> {
  return (await db.query<Row>(LIST, [status ?? null])).rows;
}

/** The names the next run should read from GitHub. */
export async function listPendingTracking(db: Queryable): Promise<string[]> {
  return (await listTrackingRequests<{ repository: string }>(db, 'pending')).map((r) => r.repository);
}

export async function settleTrackingRequests(
  db: Queryable,
  notFound: string[],
): Promise<{ tracked: number; not_found: number }> {
  return (
    (await db.query<{ tracked: number; not_found: number }>(SETTLE, [notFound])).rows[0] ?? {
      tracked: 0,
      not_found: 0,
    }
  );
}
