import type { Queryable } from '../db/database.ts';
import { advanceIngestionStateSql } from './advance-ingestion-state.queries.ts';
import { readIngestionStateSql } from './read-ingestion-state.queries.ts';

/** A source's incremental state, keyed by source (`orgs:<org>`, `trending`, …). */
export type IngestionState = Map<string, { lastRun: string; cursor: Record<string, unknown> }>;

export async function readIngestionState(db: Queryable): Promise<IngestionState> {
  const rows = await readIngestionStateSql.run(undefined, db);
  return new Map(
    rows.map((row) => [
      row.source,
      // a cursor is the JSON object advanceIngestionState stored
      { lastRun: row.last_run.toISOString(), cursor: row.cursor as Record<string, unknown> },
    ]),
  );
}

export async function advanceIngestionState(
  db: Queryable,
  runId: string,
  state: IngestionState,
): Promise<number> {
  if (state.size === 0) return 0;
  const entries = [...state.entries()];
  await advanceIngestionStateSql.run(
    {
      sources: entries.map(([source]) => source),
      lastRuns: entries.map(([, s]) => s.lastRun),
      cursors: entries.map(([, s]) => JSON.stringify(s.cursor)),
      runId,
    },
    db,
  );
  return entries.length;
}
