import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedPull } from './collected-records.ts';
import { readGraphqlDocument } from './graphql-document.ts';
import { queryGraphql } from './graphql-partial-answer.ts';

export const LIST_PULLS_QUERY = readGraphqlDocument(import.meta.url, './list-pulls.graphql');
const PAGE = 100;

interface ListPullsAnswer {
  repository: {
    databaseId: number;
    nameWithOwner: string;
    description: string | null;
    isPrivate: boolean;
    owner: { login: string; avatarUrl: string };
    pullRequests: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: ({ number: number } | null)[];
    };
  } | null;
}

/**
 * The `max` most recently updated pull requests of a repository, 100 per
 * GraphQL query with their files, reviews and head commit's CI rollup (REST
 * needed one request per PR for the files alone, and had no reviews or CI).
 * Each PR is landed as GitHub sent it, with its repository's id, visibility
 * and owner under `repository`.
 */
export async function listPulls(
  octokit: GitHubOctokit,
  fullName: string,
  max: number,
): Promise<CollectedPull[]> {
  const [owner, name] = fullName.split('/') as [string, string];
  const pulls: CollectedPull[] = [];
  let after: string | null = null;
  while (pulls.length < max) {
    const answer: ListPullsAnswer = (
      await queryGraphql<ListPullsAnswer>(octokit, LIST_PULLS_QUERY, {
        owner,
        name,
        first: Math.min(PAGE, max - pulls.length),
        after,
      })
    ).data;
    const repository = answer.repository;
    if (!repository) break;
    const { pullRequests, ...about } = repository;
    for (const node of pullRequests.nodes) {
      if (node) pulls.push({ fullName, number: node.number, apiResponse: { ...node, repository: about } });
    }
    if (!pullRequests.pageInfo.hasNextPage || !pullRequests.pageInfo.endCursor) break;
    after = pullRequests.pageInfo.endCursor;
  }
  return pulls;
}
