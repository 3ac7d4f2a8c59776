import type { GitHubOctokit } from '../client/github-client.ts';
import { type CollectedRepo, collectedRestRepo } from './collected-records.ts';

/**
 * Every repository of an org updated since `since`. The endpoint has no
 * `since`: list by updated_at, newest first, and stop paging at the first
 * repository not updated after the last successful run.
 */
export async function listOrgRepos(
  octokit: GitHubOctokit,
  org: string,
  since: string | null,
): Promise<{ repos: CollectedRepo[]; newestUpdate: string | null; pages: number }> {
  const repos: CollectedRepo[] = [];
  let newestUpdate: string | null = null;
  let pages = 0;
  for await (const page of octokit.paginate.iterator('GET /orgs/{org}/repos', {
    org,
    type: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  })) {
    pages++;
    let reachedKnown = false;
    for (const raw of page.data as unknown[]) {
      const { updatedAt, ...repo } = collectedRestRepo(raw, { source: 'orgs', sourceLanguage: org });
      if (since && updatedAt && updatedAt <= since) {
        reachedKnown = true;
        break;
      }
      if (updatedAt && (!newestUpdate || updatedAt > newestUpdate)) newestUpdate = updatedAt;
      repos.push(repo);
    }
    if (reachedKnown) break;
  }
  return { repos, newestUpdate, pages };
}
