import { LIST_PULLS_QUERY, listPulls } from '../../sources/github/collect/list-pulls.ts';
import { plannedPagedPoints } from './graphql-points.ts';
import { type PipelineSource, taskPerItem } from './pipeline-source.ts';

/** The latest pull requests of each configured repository (GraphQL, 100 a page), with their files. */
export const pullsSource: PipelineSource = {
  name: 'pulls',
  selectable: true,
  rawTables: ['github_pulls'],
  ...taskPerItem((config) => config.pulls.repos),
  // pages of up to 100 PRs, each with its nested files, reviews and commits (4 points a full page by GitHub's formula)
  cost: (config, known) => ({
    graphqlPoints:
      config.pulls.repos.length *
      plannedPagedPoints(LIST_PULLS_QUERY, config.pulls.max_per_repo, 100, (first) => ({ first }), known),
  }),
  async collect(context, task) {
    const { octokit, config, asOf, collection } = context;
    for (const fullName of config.pulls.repos) {
      await task.task(`pulls:${fullName}`, async (t) => {
        const pulls = await listPulls(octokit, fullName, config.pulls.max_per_repo);
        collection.pulls.push(...pulls);
        collection.state.set(`pulls:${fullName}`, { lastRun: asOf, cursor: {} });
        t.count('pulls', pulls.length);
      });
    }
  },
};
