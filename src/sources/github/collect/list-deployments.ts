import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDelivery } from './collected-records.ts';
import { readGraphqlDocument } from './graphql-document.ts';
import { queryGraphql } from './graphql-partial-answer.ts';

export const LIST_DEPLOYMENTS_QUERY = readGraphqlDocument(import.meta.url, './list-deployments.graphql');

/** A deployment as list-deployments.graphql reads it. */
export interface DeploymentNode {
  databaseId: number;
  environment: string | null;
  createdAt: string;
  updatedAt: string;
  commitOid: string;
  task: string | null;
  latestStatus: { state: string; createdAt: string } | null;
}

interface ListDeploymentsAnswer {
  repository: {
    databaseId: number;
    nameWithOwner: string;
    defaultBranchRef: { name: string } | null;
    deployments: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (DeploymentNode | null)[];
    };
  } | null;
}

export interface DeploymentsRead {
  /** GitHub could not resolve the repository (gone, renamed, not visible): nothing else to read. */
  missing: boolean;
  defaultBranch: string | null;
  /** One record a page, as GitHub answered it. */
  pages: CollectedDelivery[];
  deployments: DeploymentNode[];
}

/**
 * A repository's deployments created since `since` (ISO), newest first, 100
 * a GraphQL query: pages are read until one reaches a deployment created
 * before `since` (GitHub has no `since` for deployments; its order is by
 * creation). A deployment whose status changed later is re-read while it is
 * inside the window, which the caller opens a little before its last run.
 */
export async function listDeployments(
  octokit: GitHubOctokit,
  fullName: string,
  since: string,
): Promise<DeploymentsRead> {
  const [owner, name] = fullName.split('/') as [string, string];
  const read: DeploymentsRead = { missing: false, defaultBranch: null, pages: [], deployments: [] };
  const sinceMs = Date.parse(since);
  let after: string | null = null;
  for (;;) {
    const answer: ListDeploymentsAnswer = (
      await queryGraphql<ListDeploymentsAnswer>(octokit, LIST_DEPLOYMENTS_QUERY, { owner, name, after })
    ).data;
    const repository = answer.repository;
    if (!repository) {
      read.missing = read.pages.length === 0;
      break;
    }
    read.defaultBranch = repository.defaultBranchRef?.name ?? null;
    read.pages.push({ fullName, kind: 'deployments', requestKey: after, apiResponse: repository });
    const nodes = repository.deployments.nodes.filter((node): node is DeploymentNode => node !== null);
    read.deployments.push(...nodes);
    const { hasNextPage, endCursor } = repository.deployments.pageInfo;
    const oldest = nodes.at(-1);
    if (!hasNextPage || !endCursor || !oldest || Date.parse(oldest.createdAt) < sinceMs) break;
    after = endCursor;
  }
  return read;
}
