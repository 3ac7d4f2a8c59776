import type { Config } from '../config/config-schema.ts';
import type { GitHubOctokit } from '../sources/github/client/github-client.ts';
import {
  type CollectedRepo,
  type Collection,
  emptyCollection,
} from '../sources/github/collect/collected-records.ts';
import { fetchReadmes } from '../sources/github/collect/fetch-repo-files.ts';
import { fetchRepositories } from '../sources/github/collect/fetch-repositories.ts';
import { findRenderRepos } from '../sources/github/collect/find-render-repos.ts';
import { listOrgRepos } from '../sources/github/collect/list-org-repos.ts';
import { listPulls } from '../sources/github/collect/list-pulls.ts';
import { refreshRepositories } from '../sources/github/collect/refresh-repositories.ts';
import { languageQualifier, searchRepos } from '../sources/github/collect/search-repos.ts';
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
}

const hasLanguage = (repo: CollectedRepo) => {
  const payload = repo.apiResponse as { language?: unknown; primaryLanguage?: { name?: unknown } | null };
  return Boolean(repo.format === 'rest' ? payload.language : payload.primaryLanguage?.name);
};

const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * How many tasks collectPhase starts for these sources, for progress bars:
 * one per org, per language and per PR repository, one for Render, and the
 * GraphQL refresh and READMEs (which may turn out to have nothing to do).
 */
export function plannedCollectTasks(config: Config, sources: ReadonlySet<PipelineSource>): number {
  return (
    (sources.has('orgs') ? config.orgs.length : 0) +
    (sources.has('trending') ? config.languages.length : 0) +
    (sources.has('render') && config.render.enabled ? 1 : 0) +
    2 +
    (sources.has('pulls') ? config.pulls.repos.length : 0)
  );
}

/**
 * Phase 2: GitHub calls only, no database connection; results and
 * the next incremental state stay in memory until the write phase commits them.
 */
export async function collectPhase(input: CollectInput, task: Task): Promise<Collection> {
  const { octokit, config, sources, date, asOf, known } = input;
  const collection = emptyCollection();
  const byId = new Map(known.tracked.map((repo) => [repo.githubId, repo]));

  if (sources.has('orgs')) {
    for (const org of config.orgs) {
      await task.task(`orgs:${org}`, async (t) => {
        const key = `orgs:${org}`;
        const since = (known.state.get(key)?.cursor.newestUpdate as string | undefined) ?? null;
        const result = await listOrgRepos(octokit, org, since);
        collection.repos.push(...result.repos);
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
                `${languageQualifier(language)} created:>${daysBefore(date, config.trending.rising_days)}`,
                config.trending.rising_per_language,
                { source: 'trending', sourceLanguage: language },
              )
            : [];
        collection.repos.push(...top, ...rising);
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
      collection.repos.push(...result.repos);
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
      collection.details.push(...blueprints);
      collection.state.set('render', { lastRun: asOf, cursor: {} });
      t.count('repos', refs.length);
      t.count('blueprints', blueprints.length);
    });
  }

  const seenToday = new Set(collection.repos.map((repo) => repo.githubId));
  if (sources.has('trending')) {
    // Tracked repositories outside today's lists (not org ones: those carry
    // forward until GitHub says they changed) are re-read in GraphQL batches.
    for (const repo of known.tracked) {
      if (!repo.fromOrg && repo.nodeId && !seenToday.has(repo.githubId))
        refreshIds.set(repo.nodeId, 'refresh');
    }
  }
  const wantLanguages = sources.has('languages');
  if (wantLanguages) {
    // Bytes per language only change with a push: new repositories and pushed ones.
    for (const repo of collection.repos) {
      const before = repo.githubId === null ? undefined : byId.get(repo.githubId);
      const pushedAt = (repo.apiResponse as { pushed_at?: string | null }).pushed_at ?? null;
      if (repo.nodeId && (!before || (pushedAt && pushedAt !== before.pushedAt))) {
        if (!refreshIds.has(repo.nodeId)) refreshIds.set(repo.nodeId, 'refresh');
      }
    }
    collection.state.set('languages', { lastRun: asOf, cursor: {} });
  }

  if (refreshIds.size > 0) {
    await task.task('graphql_refresh', async (t) => {
      const result = await refreshRepositories(octokit, [...refreshIds.keys()]);
      for (const repo of result.repos) repo.source = refreshIds.get(repo.nodeId ?? '') ?? 'refresh';
      collection.repos.push(...result.repos);
      if (wantLanguages) collection.details.push(...result.languages);
      t.count('repos', result.repos.length);
      t.count('missing', result.missing.length);
    });
  }

  const newRepos = [
    ...new Map(
      collection.repos
        // only repositories the staging rules will keep (they need a language)
        .filter((repo) => repo.githubId !== null && !byId.get(repo.githubId)?.hasReadme && hasLanguage(repo))
        .map((repo) => [repo.fullName, repo]),
    ).keys(),
  ];
  if (newRepos.length > 0) {
    await task.task('readmes', async (t) => {
      const readmes = await fetchReadmes(octokit, newRepos);
      collection.details.push(...readmes);
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
  return collection;
}
