import type { Database } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';
import { readHttpCacheEntries } from '../ops/http-cache-entries.ts';
import { type IngestionState, readIngestionState } from '../ops/ingestion-state.ts';
import { HttpCache } from '../sources/github/client/http-cache.ts';

const READ_TRACKED = sqlFile(import.meta.url, 'read-tracked-repos.sql');

export interface TrackedRepo {
  githubId: number;
  nodeId: string | null;
  fullName: string;
  fromOrg: boolean;
  hasReadme: boolean;
  pushedAt: string | null;
}

export interface ReadPhaseResult {
  tracked: TrackedRepo[];
  state: IngestionState;
  httpCache: HttpCache;
}

/**
 * Phase 1: one short connection reads everything the collect phase
 * needs, then goes back to the pool before any GitHub call.
 */
export async function readPhase(db: Database): Promise<ReadPhaseResult> {
  return db.withClient(async (client) => {
    const tracked = await client.query<{
      github_id: number;
      node_id: string | null;
      repo_full_name: string;
      from_org: boolean;
      has_readme: boolean;
      pushed_at: Date | null;
    }>(READ_TRACKED);
    const state = await readIngestionState(client);
    const cache = await readHttpCacheEntries(client);
    return {
      tracked: tracked.rows.map((row) => ({
        githubId: row.github_id,
        nodeId: row.node_id,
        fullName: row.repo_full_name,
        fromOrg: row.from_org,
        hasReadme: row.has_readme,
        pushedAt: row.pushed_at?.toISOString() ?? null,
      })),
      state,
      httpCache: new HttpCache(cache),
    };
  });
}
