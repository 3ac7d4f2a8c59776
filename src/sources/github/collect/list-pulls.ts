import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedPull } from './collected-records.ts';

/** The most recently updated pull requests of a repository, each with its changed files. */
export async function listPulls(
  octokit: GitHubOctokit,
  fullName: string,
  max: number,
): Promise<CollectedPull[]> {
  const [owner, repo] = fullName.split('/') as [string, string];
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
    owner,
    repo,
    state: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: Math.min(100, max),
  });
  const pulls: CollectedPull[] = [];
  for (const pull of (data as { number: number }[]).slice(0, max)) {
    const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner,
      repo,
      pull_number: pull.number,
      per_page: 100,
    });
    pulls.push({ fullName, number: pull.number, apiResponse: { ...pull, files } });
  }
  return pulls;
}
