import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const READ_STATE = sqlFile(import.meta.url, 'read-ingestion-state.sql');
const ADVANCE_STATE = sqlFile(import.meta.url, 'advance-ingestion-state.sql');

/** A source's incremental state, keyed by source (`orgs:<org>`, `trending`, …). */
export type IngestionState = Map<string, { lastRun: string; cursor: Record<string, unknown> }>;

export async function readIngestionState(db: Queryable): Promise<IngestionState> {
  const { rows } = await db.query<{ source: string; last_run: Date; cursor: Record<string, unknown> }>(
    READ_STATE,
  );
  return new Map(
    rows.map((row) => [row.source, { lastRun: row.last_run.toISOString(), cursor: row.cursor }]),
  );
}

export async function advanceIngestionState(
  db: Queryable,
  runId: string,
  state: IngestionState,
): Promise<number> {
  if (state.size === 0) return 0;
  const entries = [...state.entries()];
  await db.query(ADVANCE_STATE, [
    entries.map(([source]) => source),
    entries.map(([, s]) => s.lastRun),
    entries.map(([, s]) => JSON.stringify(s.cursor)),
    runId,
  ]);
  return entries.length;
}
