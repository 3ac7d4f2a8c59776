import type { GitHubOctokit } from '../client/github-client.ts';
import { restRepositoryPayload } from '../payloads/repository-payload.ts';
import type { CollectedRepo } from './collected-records.ts';

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
      const parsed = restRepositoryPayload.safeParse(raw);
      const updatedAt = parsed.success ? parsed.data.updated_at : null;
      if (since && updatedAt && updatedAt <= since) {
        reachedKnown = true;
        break;
      }
      if (updatedAt && (!newestUpdate || updatedAt > newestUpdate)) newestUpdate = updatedAt;
      repos.push({
        fullName: parsed.success
          ? parsed.data.full_name
          : String((raw as { full_name?: unknown }).full_name ?? ''),
        githubId: parsed.success ? parsed.data.id : null,
        nodeId: parsed.success ? parsed.data.node_id : null,
        source: 'orgs',
        sourceLanguage: org,
        format: 'rest',
        apiResponse: raw,
      });
    }
    if (reachedKnown) break;
  }
  return { repos, newestUpdate, pages };
}
