import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDelivery, DeliveryKind } from './collected-records.ts';
import { queryGraphql } from './graphql-partial-answer.ts';

/** A connection of `repository(owner:, name:)` as the list-*.graphql queries read it. */
export interface Connection<Node> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (Node | null)[];
}

export interface ConnectionRead<Repository, Node> {
  /** GitHub could not resolve the repository (gone, renamed, not visible): nothing else to read. */
  missing: boolean;
  /** The repository object of the last page GitHub answered with one; null when missing. */
  repository: Repository | null;
  /** One record a page, as GitHub answered it. */
  pages: CollectedDelivery[];
  nodes: Node[];
}

export interface ConnectionQuery<Repository, Node> {
  /** The query document; it takes $owner, $name and $after. */
  query: string;
  /** Its other variables. */
  variables?: Record<string, unknown>;
  /** The record kind each page is landed as. */
  kind: DeliveryKind;
  /** Where the connection is in the answer's repository. */
  connection: (repository: Repository) => Connection<Node>;
  /** Whether the nodes of the page just read end what the caller wants (default: read every page). */
  enough?: (page: Node[]) => boolean;
}

/**
 * Reads one connection of `fullName` page after page (`after` cursors), each
 * page one record, until GitHub has no next page or `enough` says so.
 */
export async function readRepositoryConnection<Repository, Node>(
  octokit: GitHubOctokit,
  fullName: string,
  { query, variables, kind, connection, enough = () => false }: ConnectionQuery<Repository, Node>,
): Promise<ConnectionRead<Repository, Node>> {
  const [owner, name] = fullName.split('/') as [string, string];
  const read: ConnectionRead<Repository, Node> = { missing: false, repository: null, pages: [], nodes: [] };
  let after: string | null = null;
  for (;;) {
    const answer: { repository: Repository | null } = (
      await queryGraphql<{ repository: Repository | null }>(octokit, query, {
        owner,
        name,
        ...variables,
        after,
      })
    ).data;
    const repository = answer.repository;
    if (!repository) {
      read.missing = read.pages.length === 0;
      break;
    }
    read.repository = repository;
    read.pages.push({ fullName, kind, requestKey: after, apiResponse: repository });
    const { pageInfo, nodes } = connection(repository);
    const page = nodes.filter((node): node is Node => node !== null);
    read.nodes.push(...page);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor || enough(page)) break;
    after = pageInfo.endCursor;
  }
  return read;
}
