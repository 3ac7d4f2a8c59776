import type { Queryable } from '../db/database.ts';
import type { GoneRepository } from '../sources/github/collect/refresh-repositories.ts';
import { listGoneRepositoriesSql } from './list-gone-repositories.queries.ts';
import { recordGoneRepositoriesSql } from './record-gone-repositories.queries.ts';

/**
 * Records the tracked repositories a run found gone from GitHub (README
 * "Sources"); returns the full names recorded for the first time.
 */
export async function recordGoneRepositories(
  db: Queryable,
  run: { runId: string; date: string },
  gone: readonly GoneRepository[],
): Promise<string[]> {
  if (gone.length === 0) return [];
  const rows = await recordGoneRepositoriesSql.run(
    {
      nodeIds: gone.map((g) => g.nodeId),
      reasons: gone.map((g) => g.reason),
      runId: run.runId,
      day: run.date,
    },
    db,
  );
  return rows.map((row) => row.full_name);
}

/** The repositories first found gone on a day, as the refresh reported them. */
export async function listGoneOn(db: Queryable, day: string): Promise<GoneRepository[]> {
  const rows = await listGoneRepositoriesSql.run({ day }, db);
  return rows.map((row) => ({ nodeId: row.node_id, reason: row.reason }));
}
