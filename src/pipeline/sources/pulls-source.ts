import { listPulls } from '../../sources/github/collect/list-pulls.ts';
import type { PipelineSource } from './pipeline-source.ts';

/** The latest pull requests of each configured repository (GraphQL, 100 a point), with their files. */
export const pullsSource: PipelineSource = {
  name: 'pulls',
  selectable: true,
  rawTables: ['github_pulls'],
  enabled: (config) => config.pulls.repos.length > 0,
  tasks: (config) => config.pulls.repos.length,
  cost: (config) => ({
    graphqlPoints: config.pulls.repos.length * Math.ceil(config.pulls.max_per_repo / 100),
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
