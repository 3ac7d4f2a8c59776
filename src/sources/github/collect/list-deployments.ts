import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDelivery } from './collected-records.ts';
import { readGraphqlDocument } from './graphql-document.ts';
import { type Connection, readRepositoryConnection } from './repository-connection.ts';

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

interface DeploymentsRepository {
  databaseId: number;
  nameWithOwner: string;
  defaultBranchRef: { name: string } | null;
  deployments: Connection<DeploymentNode>;
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
  const sinceMs = Date.parse(since);
  const read = await readRepositoryConnection(octokit, fullName, {
    query: LIST_DEPLOYMENTS_QUERY,
    kind: 'deployments',
    connection: (repository: DeploymentsRepository) => repository.deployments,
    // newest first: the page that reaches past `since` is the last one wanted
    enough: (page) => {
      const oldest = page.at(-1);
      return !oldest || Date.parse(oldest.createdAt) < sinceMs;
    },
  });
  return {
    missing: read.missing,
    defaultBranch: read.repository?.defaultBranchRef?.name ?? null,
    pages: read.pages,
    deployments: read.nodes,
  };
}
