import { listOrgRepos } from '../../sources/github/collect/list-org-repos.ts';
import { type PipelineSource, taskPerItem } from './pipeline-source.ts';

/**
 * The repositories of each tracked organisation, newest update first,
 * stopping at the last run's newest (GitHub's org listing has no `since`).
 */
export const orgsSource: PipelineSource = {
  name: 'orgs',
  selectable: true,
  rawTables: ['github_repos'],
  ...taskPerItem((config) => config.orgs),
  cost: () => ({}),
  async collect(context, task) {
    const { octokit, config, known, asOf, collection } = context;
    for (const org of config.orgs) {
      await task.task(`orgs:${org}`, async (t) => {
        const key = `orgs:${org}`;
        const since = (known.state.get(key)?.cursor.newestUpdate as string | undefined) ?? null;
        const result = await listOrgRepos(octokit, org, since);
        context.receive(result.repos, { fromList: true });
        collection.state.set(key, { lastRun: asOf, cursor: { newestUpdate: result.newestUpdate ?? since } });
        t.count('repos', result.repos.length);
        t.count('pages', result.pages);
      });
    }
  },
};
