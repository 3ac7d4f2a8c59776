import type { Queryable } from '../db/database.ts';
import { finishGharchiveHourSql } from './finish-gharchive-hour.queries.ts';
import { listSucceededGharchiveHoursSql } from './list-succeeded-gharchive-hours.queries.ts';
import { saveGharchiveRejectsSql } from './save-gharchive-rejects.queries.ts';
import { startGharchiveHourSql } from './start-gharchive-hour.queries.ts';
import {
  type ISummarizeGharchiveHoursSqlResult,
  summarizeGharchiveHoursSql,
} from './summarize-gharchive-hours.queries.ts';

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
  await startGharchiveHourSql.run({ hour, url }, db);
}

export async function finishGhArchiveHour(db: Queryable, hour: Date, outcome: HourOutcome): Promise<void> {
  await finishGharchiveHourSql.run({ hour, ...outcome }, db);
}

export async function saveGhArchiveRejects(db: Queryable, hour: Date, lines: RejectedLine[]): Promise<void> {
  if (lines.length === 0) return;
  await saveGharchiveRejectsSql.run(
    {
      hour,
      lineNumbers: lines.map((l) => l.lineNumber),
      reasons: lines.map((l) => l.reason),
      lines: lines.map((l) => l.line),
    },
    db,
  );
}

export async function listSucceededGhArchiveHours(db: Queryable, from: Date, to: Date): Promise<Set<number>> {
  const rows = await listSucceededGharchiveHoursSql.run({ from, to }, db);
  return new Set(rows.map((row) => row.hour.getTime()));
}

export type HoursSummary = ISummarizeGharchiveHoursSqlResult;

export function summarizeGhArchiveHours(db: Queryable): Promise<HoursSummary[]> {
  return summarizeGharchiveHoursSql.run(undefined, db);
}
