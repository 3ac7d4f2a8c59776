import type { PipelineSource } from './pipeline-source.ts';

/**
 * Bytes per language of new and pushed repositories: they only change with a
 * push, so this source marks those for the GraphQL refresh, which reads them.
 */
export const languagesSource: PipelineSource = {
  name: 'languages',
  selectable: true,
  rawTables: ['github_repo_details'],
  enabled: () => true,
  tasks: () => 0,
  cost: () => ({}),
  async collect(context) {
    const { known, listed, refreshIds, collection, asOf } = context;
    for (const repo of listed) {
      const before = repo.githubId === null ? undefined : known.tracked.get(repo.githubId);
      const pushed = repo.pushedAt !== null && repo.pushedAt !== before?.pushedAt;
      if (repo.nodeId && (!before || pushed) && !refreshIds.has(repo.nodeId))
        refreshIds.set(repo.nodeId, 'refresh');
    }
    collection.state.set('languages', { lastRun: asOf, cursor: {} });
  },
};
