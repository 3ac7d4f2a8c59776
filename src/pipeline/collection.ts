import type { RawSpool } from '../raw/raw-spool.ts';
import type { CollectedDetail, CollectedPull } from '../sources/github/collect/collected-records.ts';
import type { MovedName } from '../sources/github/collect/fetch-repositories.ts';
import type { GoneRepository } from '../sources/github/collect/refresh-repositories.ts';

/** What the collect phase hands to the write phase. */
export interface Collection {
  /** Repository and detail answers, on disk until the write phase lands them; null when nothing is landed (reprocess). */
  spool: RawSpool | null;
  /** The render.yaml answers (spooled too): staging parses their YAML in TypeScript. */
  blueprints: Pick<CollectedDetail, 'fullName' | 'apiResponse'>[];
  pulls: CollectedPull[];
  /** Repositories whose star history page 1 answered 304 (unchanged): checked, nothing to land. */
  starHistoryNotModified: number[];
  /** Names asked for by a tracking request that GitHub answered 404. */
  notFound: string[];
  /** Names asked for by a tracking request that GitHub answered under another (renamed or transferred). */
  movedNames: MovedName[];
  /** Tracked repositories the refresh asked for by node id that GitHub no longer resolves (README "Sources"). */
  gone: GoneRepository[];
  /** New incremental state per source key, committed only with the run. */
  state: Map<string, { lastRun: string; cursor: Record<string, unknown> }>;
}

export function emptyCollection(spool: RawSpool | null = null): Collection {
  return {
    spool,
    blueprints: [],
    pulls: [],
    starHistoryNotModified: [],
    notFound: [],
    movedNames: [],
    gone: [],
    state: new Map(),
  };
}
