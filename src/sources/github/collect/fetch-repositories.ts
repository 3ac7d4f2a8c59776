import { RequestError } from '@octokit/request-error';
import type { GitHubOctokit } from '../client/github-client.ts';
import { type CollectedRepo, collectedRestRepo } from './collected-records.ts';

/** A name asked for that GitHub answered under another: a rename or transfer (its 301, followed). */
export interface MovedName {
  asked: string;
  fullName: string;
}

/**
 * Repositories asked for by name (POST /api/tracked): one REST request each,
 * since GraphQL needs node ids they do not have yet. A 404 is a name GitHub
 * does not know (or the token may not see); any other error fails the run.
 */
export async function fetchRepositories(
  octokit: GitHubOctokit,
  names: string[],
): Promise<{ repos: CollectedRepo[]; notFound: string[]; moved: MovedName[] }> {
  const repos: CollectedRepo[] = [];
  const notFound: string[] = [];
  const moved: MovedName[] = [];
  for (const name of names) {
    const [owner, repo] = name.split('/') as [string, string];
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
      repos.push(collectedRestRepo(data, { source: 'manual', sourceLanguage: null }));
      if (data.full_name.toLowerCase() !== name.toLowerCase())
        moved.push({ asked: name, fullName: data.full_name });
    } catch (error) {
      if (error instanceof RequestError && error.status === 404) notFound.push(name);
      else throw error;
    }
  }
  return { repos, notFound, moved };
}
