import type { Config } from '../../config/config-schema.ts';
import type { RawSpool } from '../../raw/raw-spool.ts';
import type { GitHubOctokit } from '../../sources/github/client/github-client.ts';
import type {
  CollectedDetail,
  CollectedRepo,
  RepoSource,
} from '../../sources/github/collect/collected-records.ts';
import { type Collection, emptyCollection } from '../collection.ts';
import type { ReadPhaseResult } from '../read-phase.ts';

export interface CollectInput {
  octokit: GitHubOctokit;
  config: Config;
  /** The names of the sources this run collects. */
  sources: ReadonlySet<string>;
  date: string;
  asOf: string;
  known: ReadPhaseResult;
  /** Where the answers go until the write phase lands them. */
  spool: RawSpool;
  /** Core requests the credentials have left now (GET /rate_limit, free): the star history spends no more. */
  coreQuotaLeft: () => Promise<number>;
  /** How many repositories new today may begin their star history backfill (0 when that source is off). */
  starHistoryLimit: number;
}

/** What collect remembers of a repository a list returned, once its answer is spooled. */
export interface ListedRepo {
  githubId: number | null;
  nodeId: string | null;
  pushedAt: number | null;
}

/**
 * What the sources of one collect phase share: answers go to the spool as
 * they arrive; only routing keys stay in memory until the write phase.
 */
export interface CollectContext extends CollectInput {
  collection: Collection;
  /** Repositories today's lists returned, for the languages source and the refresh. */
  listed: ListedRepo[];
  /** Node ids the GraphQL refresh re-reads, with the list to record them under. */
  refreshIds: Map<string, RepoSource>;
  /** Repositories the staging rules will keep (they need a language) that have no README yet. */
  needReadme: Set<string>;
  /** Repositories seen for the first time, whose star history backfill can begin in this run. */
  newRepos: Map<number, string>;
  receive(repos: CollectedRepo[], how: { fromList: boolean }): void;
  receiveDetails(details: CollectedDetail[]): void;
}

const hasLanguage = (repo: CollectedRepo) => {
  const payload = repo.apiResponse as { language?: unknown; primaryLanguage?: { name?: unknown } | null };
  return Boolean(repo.format === 'rest' ? payload.language : payload.primaryLanguage?.name);
};

export function createCollectContext(input: CollectInput): CollectContext {
  const { known, spool, starHistoryLimit } = input;
  const collection = emptyCollection(spool);
  const context: CollectContext = {
    ...input,
    collection,
    listed: [],
    refreshIds: new Map(),
    needReadme: new Set(),
    newRepos: new Map(),
    receive: (repos, { fromList }) => {
      spool.add('github_repos', repos);
      for (const repo of repos) {
        const before = repo.githubId === null ? undefined : known.tracked.get(repo.githubId);
        if (repo.githubId !== null && !before?.hasReadme && hasLanguage(repo))
          context.needReadme.add(repo.fullName);
        if (
          repo.githubId !== null &&
          context.newRepos.size < starHistoryLimit &&
          !before &&
          hasLanguage(repo)
        )
          context.newRepos.set(repo.githubId, repo.fullName);
        if (!fromList) continue;
        const pushedAt = (repo.apiResponse as { pushed_at?: string | null }).pushed_at;
        context.listed.push({
          githubId: repo.githubId,
          nodeId: repo.nodeId,
          pushedAt: pushedAt ? Date.parse(pushedAt) : null,
        });
      }
    },
    receiveDetails: (details) => {
      spool.add('github_repo_details', details);
      for (const d of details) if (d.detail === 'render_blueprint') collection.blueprints.push(d);
    },
  };
  return context;
}
