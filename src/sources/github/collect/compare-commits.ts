import { RequestError } from '@octokit/request-error';
import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDelivery } from './collected-records.ts';

/**
 * GET /repos/{owner}/{repo}/compare/{base}...{head}: the commits a deployment
 * of `head` shipped after one of `base` (up to 250, oldest first, with their
 * author dates), one core request. Null when GitHub answers 404 (a commit it
 * does not know: force-pushed away, or the repository gone). Not kept in the
 * HTTP cache: a pair is asked for once (the delivery source skips pairs raw
 * or the warehouse already has).
 */
export async function compareCommits(
  octokit: GitHubOctokit,
  fullName: string,
  base: string,
  head: string,
): Promise<CollectedDelivery | null> {
  const [owner, repo] = fullName.split('/') as [string, string];
  const basehead = `${base}...${head}`;
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner,
      repo,
      basehead,
      request: { conditional: false },
    });
    return { fullName, kind: 'compare', requestKey: basehead, apiResponse: response.data };
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return null;
    throw error;
  }
}
