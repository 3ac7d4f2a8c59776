import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const START = sqlFile(import.meta.url, 'start-gharchive-hour.sql');
const FINISH = sqlFile(import.meta.url, 'finish-gharchive-hour.sql');
const SAVE_REJECTS = sqlFile(import.meta.url, 'save-gharchive-rejects.sql');
const LIST_SUCCEEDED = sqlFile(import.meta.url, 'list-succeeded-gharchive-hours.sql');
const SUMMARIZE = sqlFile(import.meta.url, 'summarize-gharchive-hours.sql');

export interface HourOutcome {
  status: 'succeeded' | 'failed';
  events: number;
  rejected: number;
  skipped: number;
  bytes: number;
  checksum: string | null;
  error: string | null;
}

export interface RejectedLine {
  lineNumber: number;
  reason: string;
  line: string;
}

/** ops.gharchive_hours and ops.gharchive_rejects: the import ledger. */
export async function startGhArchiveHour(db: Queryable, hour: Date, url: string): Promise<void> {
  await db.query(START, [hour, url]);
}

export async function finishGhArchiveHour(db: Queryable, hour: Date, outcome: HourOutcome): Promise<void> {
  await db.query(FINISH, [
    hour,
    outcome.status,
    outcome.events,
    outcome.rejected,
    outcome.skipped,
    outcome.bytes,
    outcome.checksum,
    outcome.error,
  ]);
}

export async function saveGhArchiveRejects(db: Queryable, hour: Date, lines: RejectedLine[]): Promise<void> {
  if (lines.length === 0) return;
  await db.query(SAVE_REJECTS, [
    hour,
    lines.map((l) => l.lineNumber),
    lines.map((l) => l.reason),
    lines.map((l) => l.line),
  ]);
}

export async function listSucceededGhArchiveHours(db: Queryable, from: Date, to: Date): Promise<Set<number>> {
  const { rows } = await db.query<{ hour: Date }>(LIST_SUCCEEDED, [from, to]);
  return new Set(rows.map((row) => row.hour.getTime()));
}

export interface HoursSummary {
  status: string;
  hours: number;
  events: number;
  rejected: number;
  bytes: number;
  first_hour: Date;
  last_hour: Date;
  errors: string[] | null;
}

export async function summarizeGhArchiveHours(db: Queryable): Promise<HoursSummary[]> {
  return (await db.query<HoursSummary>(SUMMARIZE)).rows;
}
