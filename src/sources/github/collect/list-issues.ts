import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDelivery } from './collected-records.ts';
import { readGraphqlDocument } from './graphql-document.ts';
import { type Connection, readRepositoryConnection } from './repository-connection.ts';

export const LIST_ISSUES_QUERY = readGraphqlDocument(import.meta.url, './list-issues.graphql');

/** An issue as list-issues.graphql reads it. */
export interface IssueNode {
  number: number;
  title: string;
  createdAt: string;
  closedAt: string | null;
  url: string;
  labels: { nodes: ({ name: string } | null)[] } | null;
}

interface IssuesRepository {
  databaseId: number;
  nameWithOwner: string;
  issues: Connection<IssueNode>;
}

export interface IssuesRead {
  missing: boolean;
  pages: CollectedDelivery[];
  issues: IssueNode[];
}

/**
 * A repository's issues updated since `since` (ISO; GitHub's filterBy.since),
 * most recently updated first, 100 a GraphQL query with their labels: every
 * issue, since which labels make an incident is the warehouse's to decide
 * (delivery.incident_label), and an issue labelled later is updated then.
 */
export async function listIssues(
  octokit: GitHubOctokit,
  fullName: string,
  since: string,
): Promise<IssuesRead> {
  const read = await readRepositoryConnection(octokit, fullName, {
    query: LIST_ISSUES_QUERY,
    variables: { since },
    kind: 'issues',
    connection: (repository: IssuesRepository) => repository.issues,
  });
  return { missing: read.missing, pages: read.pages, issues: read.nodes };
}
