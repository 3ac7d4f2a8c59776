import { addDays } from '../../calendar-days.ts';
import { fetchRepositories } from '../../sources/github/collect/fetch-repositories.ts';
import { languageQualifier, searchRepos } from '../../sources/github/collect/search-repos.ts';
import type { PipelineSource } from './pipeline-source.ts';

/**
 * The most starred and the rising repositories of each configured language
 * (search), the repositories asked for by name (tracking requests), and the
 * daily refresh of the tracked set outside the org lists.
 */
export const trendingSource: PipelineSource = {
  name: 'trending',
  selectable: true,
  rawTables: ['github_repos'],
  enabled: () => true,
  tasks: (config) => config.languages.length,
  cost(config, known) {
    let refreshedRepos =
      config.languages.length * (config.trending.top_per_language + config.trending.rising_per_language);
    for (const repo of known.tracked) if (!repo.fromOrg && repo.nodeId) refreshedRepos += 1;
    return { refreshedRepos };
  },
  async collect(context, task) {
    const { octokit, config, date, asOf, known, collection } = context;
    for (const language of config.languages) {
      await task.task(`trending:${language}`, async (t) => {
        const tag = { source: 'trending' as const, sourceLanguage: language };
        const top = await searchRepos(
          octokit,
          languageQualifier(language),
          config.trending.top_per_language,
          tag,
        );
        const rising =
          config.trending.rising_per_language > 0
            ? await searchRepos(
                octokit,
                `${languageQualifier(language)} created:>${addDays(date, -config.trending.rising_days)}`,
                config.trending.rising_per_language,
                tag,
              )
            : [];
        context.receive([...top, ...rising], { fromList: true });
        t.count('top', top.length);
        t.count('rising', rising.length);
      });
    }
    collection.state.set('trending', { lastRun: asOf, cursor: { languages: config.languages } });
    // Repositories asked for by name go with the tracked set's refresh.
    if (known.requested.length > 0) {
      await task.task('requested', async (t) => {
        const result = await fetchRepositories(octokit, known.requested);
        context.receive(result.repos, { fromList: true });
        collection.notFound.push(...result.notFound);
        collection.movedNames.push(...result.moved);
        t.count('repos', result.repos.length);
        t.count('not_found', result.notFound.length);
      });
    }
  },
};
