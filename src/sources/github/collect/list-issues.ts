import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDelivery } from './collected-records.ts';
import { readGraphqlDocument } from './graphql-document.ts';
import { queryGraphql } from './graphql-partial-answer.ts';

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

interface ListIssuesAnswer {
  repository: {
    databaseId: number;
    nameWithOwner: string;
    issues: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (IssueNode | null)[];
    };
  } | null;
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
  const [owner, name] = fullName.split('/') as [string, string];
  const read: IssuesRead = { missing: false, pages: [], issues: [] };
  let after: string | null = null;
  for (;;) {
    const answer: ListIssuesAnswer = (
      await queryGraphql<ListIssuesAnswer>(octokit, LIST_ISSUES_QUERY, {
        owner,
        name,
        since,
        after,
      })
    ).data;
    const repository = answer.repository;
    if (!repository) {
      read.missing = read.pages.length === 0;
      break;
    }
    read.pages.push({ fullName, kind: 'issues', requestKey: after, apiResponse: repository });
    read.issues.push(...repository.issues.nodes.filter((node): node is IssueNode => node !== null));
    const { hasNextPage, endCursor } = repository.issues.pageInfo;
    if (!hasNextPage || !endCursor) break;
    after = endCursor;
  }
  return read;
}
