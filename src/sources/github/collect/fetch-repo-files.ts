import { RequestError } from '@octokit/request-error';
import pMap, { pMapSkip } from 'p-map';
import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDetail } from './collected-records.ts';

/** READMEs asked for at once: a first run reads one per tracked repository. */
const README_CONCURRENCY = 8;

/** GET /repos/{owner}/{repo}/readme for each repository, in their order; a repository without one is skipped. */
export async function fetchReadmes(octokit: GitHubOctokit, fullNames: string[]): Promise<CollectedDetail[]> {
  return pMap(
    fullNames,
    async (fullName): Promise<CollectedDetail | typeof pMapSkip> => {
      const [owner, repo] = fullName.split('/') as [string, string];
      const data = await ignoreNotFound(octokit.request('GET /repos/{owner}/{repo}/readme', { owner, repo }));
      return data ? { fullName, detail: 'readme', apiResponse: data } : pMapSkip;
    },
    { concurrency: README_CONCURRENCY },
  );
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
