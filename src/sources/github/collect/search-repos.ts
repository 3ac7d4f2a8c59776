import type { GitHubOctokit } from '../client/github-client.ts';
import { type CollectedRepo, collectedRestRepo, type RepoSource } from './collected-records.ts';

/** Up to `limit` repositories for a search query, sorted by stars (search pages hold 100). */
export async function searchRepos(
  octokit: GitHubOctokit,
  query: string,
  limit: number,
  tag: { source: RepoSource; sourceLanguage: string | null },
): Promise<CollectedRepo[]> {
  const found: CollectedRepo[] = [];
  const perPage = Math.min(100, limit);
  for (let page = 1; found.length < limit && (page - 1) * perPage < 1000; page++) {
    const { data } = await octokit.request('GET /search/repositories', {
      q: query,
      sort: 'stars',
      order: 'desc',
      per_page: perPage,
      page,
    });
    const items = (data as { items?: unknown[] }).items ?? [];
    for (const raw of items.slice(0, limit - found.length)) {
      const { updatedAt: _updatedAt, ...repo } = collectedRestRepo(raw, tag);
      found.push(repo);
    }
    if (items.length < perPage) break;
  }
  return found;
}

/** GitHub search syntax for one tracked language: quoted when it has a space ("Vim Script"). */
export const languageQualifier = (language: string) =>
  /\s/.test(language) ? `language:"${language}"` : `language:${language}`;
