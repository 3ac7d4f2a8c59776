import type { Database } from '../db/database.ts';
import { advanceIngestionState, readIngestionState } from '../ops/ingestion-state.ts';

/**
 * A table PostgreSQL keeps in arrival order, copied to the events store from
 * the position the last copy reached (webhook deliveries, client events).
 */
export interface PositionedCopy<Row> {
  /** Where the position is kept: an ops.ingestion_state source and its cursor's field. */
  stateKey: string;
  cursorField: string;
  /** Recorded with the position, for who moved it. */
  runId: string;
  batch: number;
  /** Up to `limit` rows after a position, in order. */
  list(after: number, limit: number): Promise<Row[]>;
  positionOf(row: Row): number;
  /** Puts a batch in the store; returns the events it wrote. */
  store(rows: Row[]): Promise<number>;
}

/** The position a copy reached (0 before its first batch). */
export async function copiedPosition(db: Database, stateKey: string, cursorField: string): Promise<number> {
  const state = await readIngestionState(db.pool);
  return Number(state.get(stateKey)?.cursor[cursorField] ?? 0);
}

/**
 * Copies every row after the position, a batch at a time. The position moves
 * only after a batch is in the store, and the store keeps each event once, so
 * a store that is down or a crash anywhere loses nothing: the next copy starts
 * again from the same place. Returns the events written.
 */
export async function copyFromPosition<Row>(db: Database, copy: PositionedCopy<Row>): Promise<number> {
  let after = await copiedPosition(db, copy.stateKey, copy.cursorField);
  let written = 0;
  for (;;) {
    const rows = await copy.list(after, copy.batch);
    const last = rows.at(-1);
    if (!last) return written;
    written += await copy.store(rows);
    after = copy.positionOf(last);
    await advanceIngestionState(
      db.pool,
      copy.runId,
      new Map([
        [copy.stateKey, { lastRun: new Date().toISOString(), cursor: { [copy.cursorField]: after } }],
      ]),
    );
  }
}
