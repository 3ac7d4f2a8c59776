import { RequestError } from '@octokit/request-error';
import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDetail } from './collected-records.ts';

/** GET /repos/{owner}/{repo}/readme for each repository; a repository without one is skipped. */
export async function fetchReadmes(octokit: GitHubOctokit, fullNames: string[]): Promise<CollectedDetail[]> {
  const found: CollectedDetail[] = [];
  for (const fullName of fullNames) {
    const [owner, repo] = fullName.split('/') as [string, string];
    const data = await ignoreNotFound(octokit.request('GET /repos/{owner}/{repo}/readme', { owner, repo }));
    if (data) found.push({ fullName, detail: 'readme', apiResponse: data });
  }
  return found;
}

/** GET /repos/{owner}/{repo}/contents/render.yaml: the Render blueprint, when there is one. */
export async function fetchRenderBlueprint(
  octokit: GitHubOctokit,
  fullName: string,
): Promise<CollectedDetail | null> {
  const [owner, repo] = fullName.split('/') as [string, string];
  const data = await ignoreNotFound(
    octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: 'render.yaml' }),
  );
  return data ? { fullName, detail: 'render_blueprint', apiResponse: data } : null;
}

async function ignoreNotFound<T extends { data: unknown }>(request: Promise<T>): Promise<unknown | null> {
  try {
    return (await request).data;
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return null;
    throw error;
  }
}
