import { fetchReadmes } from '../../sources/github/collect/fetch-repo-files.ts';
import { refreshRepositories } from '../../sources/github/collect/refresh-repositories.ts';
import type { PipelineSource } from './pipeline-source.ts';

/**
 * What follows the lists: the GraphQL re-read of the repositories they marked
 * and of the tracked set outside today's lists (not org ones: those carry
 * forward until GitHub says they changed), with languages when that source
 * runs; then the READMEs of repositories that have none yet. Not a source of
 * its own (`--only` does not name it): it runs for the sources that need it.
 */
export const repositoryRefresh: PipelineSource = {
  name: 'refresh',
  selectable: false,
  rawTables: ['github_repos', 'github_repo_details'],
  enabled: () => true,
  // the GraphQL refresh and the READMEs (either may find nothing to do); their cost is the lists'
  tasks: () => 2,
  cost: () => ({}),
  async collect(context, task) {
    const { octokit, sources, known, listed, refreshIds, needReadme } = context;
    const wantLanguages = sources.has('languages');
    const refreshTracked = sources.has('trending');
    const seenToday = new Set(listed.map((repo) => repo.githubId));
    listed.length = 0;
    // walked from the tracked set rather than copied out of it
    const refreshQueue = function* () {
      yield* refreshIds.keys();
      if (!refreshTracked) return;
      for (const repo of known.tracked) {
        if (!repo.fromOrg && repo.nodeId && !seenToday.has(repo.githubId) && !refreshIds.has(repo.nodeId))
          yield repo.nodeId;
      }
    };
    if (refreshIds.size > 0 || (refreshTracked && known.tracked.size > 0)) {
      await task.task('graphql_refresh', async (t) => {
        let repos = 0;
        for await (const batch of refreshRepositories(octokit, refreshQueue())) {
          for (const repo of batch.repos) repo.source = refreshIds.get(repo.nodeId ?? '') ?? 'refresh';
          context.receive(batch.repos, { fromList: false });
          if (wantLanguages) context.receiveDetails(batch.languages);
          // deleted on GitHub (or no longer visible): the write phase records them and ends their tracking
          context.collection.gone.push(...batch.gone);
          repos += batch.repos.length;
        }
        t.count('repos', repos);
        t.count('gone', context.collection.gone.length);
      });
    }
    if (needReadme.size > 0) {
      await task.task('readmes', async (t) => {
        const readmes = await fetchReadmes(octokit, [...needReadme]);
        context.receiveDetails(readmes);
        t.count('readmes', readmes.length);
      });
    }
  },
};
