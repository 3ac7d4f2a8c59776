import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';

const READ_TRACKED = sqlFile(import.meta.url, 'read-tracked-repos.sql');

/** A repository the warehouse tracks, as the collect phase needs it. */
export interface TrackedRepo {
  githubId: number;
  nodeId: string | null;
  fullName: string;
  fromOrg: boolean;
  hasReadme: boolean;
  pushedAt: string | null;
}

export async function readTrackedRepos(db: Queryable): Promise<TrackedRepo[]> {
  const { rows } = await db.query<{
    github_id: number;
    node_id: string | null;
    repo_full_name: string;
    from_org: boolean;
    has_readme: boolean;
    pushed_at: Date | null;
  }>(READ_TRACKED);
  return rows.map((row) => ({
    githubId: row.github_id,
    nodeId: row.node_id,
    fullName: row.repo_full_name,
    fromOrg: row.from_org,
    hasReadme: row.has_readme,
    pushedAt: row.pushed_at?.toISOString() ?? null,
  }));
}
