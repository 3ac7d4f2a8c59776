import type { Queryable } from '../../db/database.ts';
import {
  type IListTrackingRequestsSqlResult,
  listTrackingRequestsSql,
} from './list-tracking-requests.queries.ts';
import { requestTrackingSql } from './request-tracking.queries.ts';
import { settleTrackingRequestsSql } from './settle-tracking-requests.queries.ts';

export type TrackingStatus = 'pending' | 'tracked' | 'not_found';

/** A tracking request; its status is one of the column's CHECK. */
export type TrackingRequestRow = Omit<IListTrackingRequestsSqlResult, 'status'> & { status: TrackingStatus };

/** Asks for a repository to be tracked from the next run on. */
export async function requestTracking(
  db: Queryable,
  fullName: string,
  alreadyTracked: boolean,
): Promise<{ full_name: string; status: TrackingStatus }> {
  return (await requestTrackingSql.run({ fullName, alreadyTracked }, db))[0] as {
    full_name: string;
    status: TrackingStatus;
  };
}

export async function listTrackingRequests(
  db: Queryable,
  status?: TrackingStatus,
): Promise<TrackingRequestRow[]> {
  return (await listTrackingRequestsSql.run({ status: status ?? null }, db)) as TrackingRequestRow[];
}

/** The names the next run should read from GitHub. */
export async function listPendingTracking(db: Queryable): Promise<string[]> {
  return (await listTrackingRequests(db, 'pending')).map((r) => r.repository);
}

export async function settleTrackingRequests(
  db: Queryable,
  notFound: string[],
  moved: readonly { asked: string; fullName: string }[],
): Promise<{ tracked: number; not_found: number }> {
  const params = { notFound, movedFrom: moved.map((m) => m.asked), movedTo: moved.map((m) => m.fullName) };
  return (await settleTrackingRequestsSql.run(params, db))[0] ?? { tracked: 0, not_found: 0 };
}
