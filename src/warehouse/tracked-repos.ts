import type { Queryable } from '../db/database.ts';
import { readTrackedReposSql } from './read-tracked-repos.queries.ts';

const PAGE = 20_000;

/** A repository the warehouse tracks, as the collect phase needs it. */
export interface TrackedRepo {
  githubId: number;
  nodeId: string | null;
  fromOrg: boolean;
  hasReadme: boolean;
  /** Milliseconds since the epoch of the latest snapshot's push, or null. */
  pushedAt: number | null;
}

const FROM_ORG = 1;
const HAS_README = 2;

/**
 * The tracked set in columns (ids, node ids, push times, flags) rather than
 * an object per repository: a million of them take 119 MB of heap where
 * objects (with the name and ISO times the old shape held) took 290 MB.
 */
export class TrackedSet {
  private readonly position = new Map<number, number>();
  private readonly ids: number[] = [];
  private readonly nodeIds: (string | null)[] = [];
  private readonly pushedAt: number[] = [];
  private readonly flags: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  add(repo: TrackedRepo): void {
    this.position.set(repo.githubId, this.ids.length);
    this.ids.push(repo.githubId);
    this.nodeIds.push(repo.nodeId);
    this.pushedAt.push(repo.pushedAt ?? Number.NaN);
    this.flags.push((repo.fromOrg ? FROM_ORG : 0) | (repo.hasReadme ? HAS_README : 0));
  }

  get(githubId: number): TrackedRepo | undefined {
    const at = this.position.get(githubId);
    return at === undefined ? undefined : this.at(at);
  }

  *[Symbol.iterator](): IterableIterator<TrackedRepo> {
    for (let i = 0; i < this.ids.length; i += 1) yield this.at(i);
  }

  private at(i: number): TrackedRepo {
    const pushedAt = this.pushedAt[i] as number;
    const flags = this.flags[i] as number;
    return {
      githubId: this.ids[i] as number,
      nodeId: this.nodeIds[i] ?? null,
      fromOrg: (flags & FROM_ORG) !== 0,
      hasReadme: (flags & HAS_README) !== 0,
      pushedAt: Number.isNaN(pushedAt) ? null : pushedAt,
    };
  }
}

export async function readTrackedRepos(db: Queryable): Promise<TrackedSet> {
  const tracked = new TrackedSet();
  for (let after = 0; ; ) {
    const rows = await readTrackedReposSql.run({ after, limit: PAGE }, db);
    for (const row of rows) {
      tracked.add({
        githubId: row.github_id,
        nodeId: row.node_id,
        fromOrg: row.from_org,
        hasReadme: row.has_readme,
        pushedAt: row.pushed_at?.getTime() ?? null,
      });
    }
    if (rows.length < PAGE) return tracked;
    after = Number(rows.at(-1)?.github_id);
  }
}
