import { findRenderRepos } from '../../sources/github/collect/find-render-repos.ts';
import type { PipelineSource } from './pipeline-source.ts';

/** Repositories with a render.yaml (code search), and their blueprints. */
export const renderSource: PipelineSource = {
  name: 'render',
  selectable: true,
  rawTables: ['github_repos', 'github_repo_details'],
  enabled: (config) => config.render.enabled,
  tasks: () => 1,
  cost: (config) => ({ refreshedRepos: config.render.max_repos }),
  async collect(context, task) {
    const { octokit, config, asOf, collection } = context;
    await task.task('render', async (t) => {
      const { refs, blueprints } = await findRenderRepos(
        octokit,
        config.render.query,
        config.render.max_repos,
      );
      for (const ref of refs) context.refreshIds.set(ref.nodeId, 'render');
      context.receiveDetails(blueprints);
      collection.state.set('render', { lastRun: asOf, cursor: {} });
      t.count('repos', refs.length);
      t.count('blueprints', blueprints.length);
    });
  },
};
