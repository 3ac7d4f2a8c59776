import type { Database } from '../db/database.ts';
import { readHttpCacheEntries } from '../ops/http-cache-entries.ts';
import { type IngestionState, readIngestionState } from '../ops/ingestion-state.ts';
import { listPendingTracking } from '../ops/tracking/tracking-requests.ts';
import { readDeliveryCompares } from '../raw/landed-rows.ts';
import { HttpCache } from '../sources/github/client/http-cache.ts';
import { listStarHistoryWork, type StarHistoryWork } from '../warehouse/star-history/star-history.ts';
import { readTrackedRepos, type TrackedSet } from '../warehouse/tracked-repos.ts';

export interface ReadPhaseResult {
  tracked: TrackedSet;
  /** Repositories asked for by name, not in the warehouse yet. */
  requested: string[];
  state: IngestionState;
  httpCache: HttpCache;
  /** Whose star history to read (empty when the source is off). */
  starHistory: StarHistoryWork;
  /** Per delivery repository (lower case), the compares already landed or modelled (empty when the source is off). */
  deliveryCompares: Map<string, Set<string>>;
}

/**
 * Phase 1: one short connection reads everything the collect phase
 * needs, then goes back to the pool before any GitHub call.
 */
export async function readPhase(
  db: Database,
  run: { date: string; starHistoryLimit: number; deliveryRepos?: string[] },
): Promise<ReadPhaseResult> {
  return db.withClient(async (client) => ({
    tracked: await readTrackedRepos(client),
    requested: await listPendingTracking(client),
    state: await readIngestionState(client),
    httpCache: new HttpCache(await readHttpCacheEntries(client)),
    starHistory:
      run.starHistoryLimit > 0
        ? await listStarHistoryWork(client, run.starHistoryLimit, run.date)
        : { targets: [], pagesExpected: 0 },
    deliveryCompares: await readDeliveryCompares(client, run.deliveryRepos ?? []),
  }));
}
