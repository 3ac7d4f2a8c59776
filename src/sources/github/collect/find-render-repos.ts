import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDetail } from './collected-records.ts';
import { fetchRenderBlueprint } from './fetch-repo-files.ts';

export interface RepoRef {
  fullName: string;
  githubId: number;
  nodeId: string;
}

/**
 * Repositories with a Render blueprint: code search for render.yaml, then the
 * blueprint of each. Code search returns minimal repository objects (no
 * counts), so their metrics come from the GraphQL refresh of the returned refs.
 */
export async function findRenderRepos(
  octokit: GitHubOctokit,
  query: string,
  limit: number,
): Promise<{ refs: RepoRef[]; blueprints: CollectedDetail[] }> {
  const refs: RepoRef[] = [];
  const perPage = Math.min(100, limit);
  for (let page = 1; refs.length < limit && (page - 1) * perPage < 1000; page++) {
    const { data } = await octokit.request('GET /search/code', { q: query, per_page: perPage, page });
    const items =
      (data as { items?: { repository?: { full_name?: string; id?: number; node_id?: string } }[] }).items ??
      [];
    for (const { repository } of items) {
      if (refs.length >= limit) break;
      if (!repository?.full_name || !repository.id || !repository.node_id) continue;
      if (refs.some((ref) => ref.githubId === repository.id)) continue;
      refs.push({ fullName: repository.full_name, githubId: repository.id, nodeId: repository.node_id });
    }
    if (items.length < perPage) break;
  }
  const blueprints: CollectedDetail[] = [];
  for (const ref of refs) {
    const blueprint = await fetchRenderBlueprint(octokit, ref.fullName);
    if (blueprint) blueprints.push(blueprint);
  }
  return { refs, blueprints };
}
