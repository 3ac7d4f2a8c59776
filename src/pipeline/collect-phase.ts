import { addDays } from '../calendar-days.ts';
import type { Config } from '../config/config-schema.ts';
import type { RawSpool } from '../raw/raw-spool.ts';
import type { GitHubOctokit } from '../sources/github/client/github-client.ts';
import type { CollectedDetail, CollectedRepo } from '../sources/github/collect/collected-records.ts';
import { fetchReadmes } from '../sources/github/collect/fetch-repo-files.ts';
import { fetchRepositories } from '../sources/github/collect/fetch-repositories.ts';
import { fetchStarHistory, type StarHistoryTarget } from '../sources/github/collect/fetch-star-history.ts';
import { findRenderRepos } from '../sources/github/collect/find-render-repos.ts';
import { listOrgRepos } from '../sources/github/collect/list-org-repos.ts';
import { listPulls } from '../sources/github/collect/list-pulls.ts';
import { refreshRepositories } from '../sources/github/collect/refresh-repositories.ts';
import { languageQualifier, searchRepos } from '../sources/github/collect/search-repos.ts';
import { type Collection, emptyCollection } from './collection.ts';
import type { PipelineSource } from './pipeline-sources.ts';
import type { ReadPhaseResult } from './read-phase.ts';
import type { Task } from './task-tree.ts';

export interface CollectInput {
  octokit: GitHubOctokit;
  config: Config;
  sources: ReadonlySet<PipelineSource>;
  date: string;
  asOf: string;
  known: ReadPhaseResult;
  /** Where the answers go until the write phase lands them. */
  spool: RawSpool;
  /** Core requests the credentials have left now (GET /rate_limit, free): the star history spends no more. */
  coreQuotaLeft: () => Promise<number>;
}

const hasLanguage = (repo: CollectedRepo) => {
  const payload = repo.apiResponse as { language?: unknown; primaryLanguage?: { name?: unknown } | null };
  return Boolean(repo.format === 'rest' ? payload.language : payload.primaryLanguage?.name);
};

/**
 * The GraphQL points a run is expected to spend, for the quota plan: one per
 * 100 repositories refreshed (the tracked set outside org lists, the lists'
 * new or pushed repositories, Render's) and per 100 pull requests of each PR repository.
 */
export function plannedGraphqlPoints(
  config: Config,
  sources: ReadonlySet<PipelineSource>,
  known: ReadPhaseResult,
): number {
  let refreshed = 0;
  if (sources.has('trending')) {
    for (const repo of known.tracked) if (!repo.fromOrg && repo.nodeId) refreshed += 1;
    refreshed +=
      config.languages.length * (config.trending.top_per_language + config.trending.rising_per_language);
  }
  if (sources.has('render') && config.render.enabled) refreshed += config.render.max_repos;
  const pulls = sources.has('pulls')
    ? config.pulls.repos.length * Math.ceil(config.pulls.max_per_repo / 100)
    : 0;
  return Math.ceil(refreshed / 100) + pulls;
}

/**
 * How many tasks collectPhase starts for these sources, for progress bars:
 * one per org, per language and per PR repository, one for Render, and the
 * GraphQL refresh and READMEs (which may turn out to have nothing to do).
 */
export function plannedCollectTasks(config: Config, sources: ReadonlySet<PipelineSource>): number {
  return (
    1 + // the quota plan
    (sources.has('orgs') ? config.orgs.length : 0) +
    (sources.has('trending') ? config.languages.length : 0) +
    (sources.has('render') && config.render.enabled ? 1 : 0) +
    2 +
    (sources.has('pulls') ? config.pulls.repos.length : 0) +
    (wantsStarHistory(config, sources) ? 1 : 0)
  );
}

export const wantsStarHistory = (config: Config, sources: ReadonlySet<PipelineSource>) =>
  sources.has('star_history') && config.star_history.enabled;

/**
 * The core requests the star history is expected to take, for the quota
 * plan: the pages of the backfills and refreshes the read phase listed, at
 * most star_history.max_requests_per_run. Repositories this run tracks for
 * the first time are not known before collect lists them.
 */
export function plannedCoreRequests(
  config: Config,
  sources: ReadonlySet<PipelineSource>,
  known: ReadPhaseResult,
): number {
  if (!wantsStarHistory(config, sources)) return 0;
  return Math.min(config.star_history.max_requests_per_run, known.starHistory.pagesExpected);
}

/** What collect remembers of a repository a list returned, once its answer is spooled. */
interface ListedRepo {
  githubId: number | null;
  nodeId: string | null;
  pushedAt: number | null;
}

/**
 * Phase 2: GitHub calls only, no database connection. Answers go to the
 * spool as they arrive; only routing keys and the next incremental state stay
 * in memory until the write phase commits them.
 */
export async function collectPhase(input: CollectInput, task: Task): Promise<Collection> {
  const { octokit, config, sources, date, asOf, known, spool, coreQuotaLeft } = input;
  const collection = emptyCollection(spool);
  const tracked = known.tracked;
  const listed: ListedRepo[] = [];
  // Repositories the staging rules will keep (they need a language) that have no README yet.
  const needReadme = new Set<string>();
  // Repositories seen for the first time, whose star history backfill can begin in this run.
  const starHistoryLimit = wantsStarHistory(config, sources) ? config.star_history.max_requests_per_run : 0;
  const newRepos = new Map<number, string>();
  const receive = (repos: CollectedRepo[], { fromList }: { fromList: boolean }) => {
    spool.addRepos(repos);
    for (const repo of repos) {
      if (repo.githubId !== null && !tracked.get(repo.githubId)?.hasReadme && hasLanguage(repo))
        needReadme.add(repo.fullName);
      if (
        repo.githubId !== null &&
        newRepos.size < starHistoryLimit &&
        !tracked.get(repo.githubId) &&
        hasLanguage(repo)
      )
        newRepos.set(repo.githubId, repo.fullName);
      if (!fromList) continue;
      const pushedAt = (repo.apiResponse as { pushed_at?: string | null }).pushed_at;
      listed.push({
        githubId: repo.githubId,
        nodeId: repo.nodeId,
        pushedAt: pushedAt ? Date.parse(pushedAt) : null,
      });
    }
  };
  const receiveDetails = (details: CollectedDetail[]) => {
    spool.addDetails(details);
    for (const d of details) if (d.detail === 'render_blueprint') collection.blueprints.push(d);
  };

  if (sources.has('orgs')) {
    for (const org of config.orgs) {
      await task.task(`orgs:${org}`, async (t) => {
        const key = `orgs:${org}`;
        const since = (known.state.get(key)?.cursor.newestUpdate as string | undefined) ?? null;
        const result = await listOrgRepos(octokit, org, since);
        receive(result.repos, { fromList: true });
        collection.state.set(key, { lastRun: asOf, cursor: { newestUpdate: result.newestUpdate ?? since } });
        t.count('repos', result.repos.length);
        t.count('pages', result.pages);
      });
    }
  }

  if (sources.has('trending')) {
    for (const language of config.languages) {
      await task.task(`trending:${language}`, async (t) => {
        const top = await searchRepos(
          octokit,
          languageQualifier(language),
          config.trending.top_per_language,
          {
            source: 'trending',
            sourceLanguage: language,
          },
        );
        const rising =
          config.trending.rising_per_language > 0
            ? await searchRepos(
                octokit,
                `${languageQualifier(language)} created:>${addDays(date, -config.trending.rising_days)}`,
                config.trending.rising_per_language,
                { source: 'trending', sourceLanguage: language },
              )
            : [];
        receive([...top, ...rising], { fromList: true });
        t.count('top', top.length);
        t.count('rising', rising.length);
      });
    }
    collection.state.set('trending', { lastRun: asOf, cursor: { languages: config.languages } });
  }

  // Repositories asked for by name go with the tracked set's refresh.
  if (sources.has('trending') && known.requested.length > 0) {
    await task.task('requested', async (t) => {
      const result = await fetchRepositories(octokit, known.requested);
      receive(result.repos, { fromList: true });
      collection.notFound.push(...result.notFound);
      t.count('repos', result.repos.length);
      t.count('not_found', result.notFound.length);
    });
  }

  const refreshIds = new Map<string, CollectedRepo['source']>();
  if (sources.has('render') && config.render.enabled) {
    await task.task('render', async (t) => {
      const { refs, blueprints } = await findRenderRepos(
        octokit,
        config.render.query,
        config.render.max_repos,
      );
      for (const ref of refs) refreshIds.set(ref.nodeId, 'render');
      receiveDetails(blueprints);
      collection.state.set('render', { lastRun: asOf, cursor: {} });
      t.count('repos', refs.length);
      t.count('blueprints', blueprints.length);
    });
  }

  const wantLanguages = sources.has('languages');
  if (wantLanguages) {
    // Bytes per language only change with a push: new repositories and pushed ones.
    for (const repo of listed) {
      const before = repo.githubId === null ? undefined : tracked.get(repo.githubId);
      const pushed = repo.pushedAt !== null && repo.pushedAt !== before?.pushedAt;
      if (repo.nodeId && (!before || pushed) && !refreshIds.has(repo.nodeId))
        refreshIds.set(repo.nodeId, 'refresh');
    }
    collection.state.set('languages', { lastRun: asOf, cursor: {} });
  }
  const seenToday = new Set(listed.map((repo) => repo.githubId));
  listed.length = 0;
  // What GraphQL re-reads: the ids gathered above, then tracked repositories
  // outside today's lists (not org ones: those carry forward until GitHub says
  // they changed), walked from the tracked set rather than copied out of it.
  const refreshQueue = function* () {
    yield* refreshIds.keys();
    if (!sources.has('trending')) return;
    for (const repo of tracked) {
      if (!repo.fromOrg && repo.nodeId && !seenToday.has(repo.githubId) && !refreshIds.has(repo.nodeId))
        yield repo.nodeId;
    }
  };

  if (refreshIds.size > 0 || (sources.has('trending') && tracked.size > 0)) {
    await task.task('graphql_refresh', async (t) => {
      let repos = 0;
      let missing = 0;
      for await (const batch of refreshRepositories(octokit, refreshQueue())) {
        for (const repo of batch.repos) repo.source = refreshIds.get(repo.nodeId ?? '') ?? 'refresh';
        receive(batch.repos, { fromList: false });
        if (wantLanguages) receiveDetails(batch.languages);
        repos += batch.repos.length;
        missing += batch.missing.length;
      }
      t.count('repos', repos);
      t.count('missing', missing);
    });
  }

  if (needReadme.size > 0) {
    await task.task('readmes', async (t) => {
      const readmes = await fetchReadmes(octokit, [...needReadme]);
      receiveDetails(readmes);
      t.count('readmes', readmes.length);
    });
  }

  if (sources.has('pulls')) {
    for (const fullName of config.pulls.repos) {
      await task.task(`pulls:${fullName}`, async (t) => {
        const pulls = await listPulls(octokit, fullName, config.pulls.max_per_repo);
        collection.pulls.push(...pulls);
        collection.state.set(`pulls:${fullName}`, { lastRun: asOf, cursor: {} });
        t.count('pulls', pulls.length);
      });
    }
  }
  if (starHistoryLimit > 0) {
    await task.task('star_history', async (t) => {
      const listed = known.starHistory.targets;
      // Unfinished backfills (oldest-tracked first), then the repositories new today, then refreshes.
      const targets: StarHistoryTarget[] = [
        ...listed.filter((target) => !target.complete),
        ...[...newRepos].map(([githubId, fullName]) => ({
          githubId,
          fullName,
          complete: false,
          nextPage: 1,
          page1Etag: null,
        })),
        ...listed.filter((target) => target.complete),
      ];
      // A backfill never waits for a quota reset: it takes what is left and goes on next run.
      const budget = Math.min(starHistoryLimit, await coreQuotaLeft());
      t.count('budget', budget);
      const counts = {
        pages: 0,
        not_modified: 0,
        missing: 0,
        failed: 0,
        backfills_finished: 0,
        backfills_unfinished: 0,
      };
      let reachedBackfills = 0;
      for await (const outcome of fetchStarHistory(octokit, targets, budget)) {
        spool.addStarHistory(outcome.pages);
        counts.pages += outcome.pages.length;
        if (outcome.notModified) {
          counts.not_modified += 1;
          collection.starHistoryNotModified.push(outcome.target.githubId);
        }
        if (outcome.missing) counts.missing += 1;
        if (outcome.failed) counts.failed += 1;
        if (outcome.target.complete) continue;
        reachedBackfills += 1;
        if (outcome.finished) counts.backfills_finished += 1;
        else if (!outcome.missing) counts.backfills_unfinished += 1;
      }
      for (const [key, value] of Object.entries(counts)) t.count(key, value);
      // Backfills the budget did not reach at all wait for the next runs too.
      t.count('backfills_waiting', targets.filter((target) => !target.complete).length - reachedBackfills);
      t.count('repositories', targets.length);
      collection.state.set('star_history', { lastRun: asOf, cursor: {} });
    });
  }
  return collection;
}
