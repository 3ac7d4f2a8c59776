import { GraphqlResponseError } from '@octokit/graphql';
import type { GitHubOctokit } from '../client/github-client.ts';

/** Something a query named that GitHub could not resolve, as its NOT_FOUND error says. */
export interface NotFound {
  /** Where the null stands in the data: ['repository'], ['nodes', 3]. */
  path: readonly (string | number)[];
  message: string;
}

export interface GraphqlAnswer<Data> {
  data: Data;
  notFound: NotFound[];
}

interface ResponseError {
  type?: string;
  message: string;
  path?: readonly (string | number)[];
}

/**
 * A GraphQL query whose answer may name things GitHub cannot resolve: a
 * deleted repository, or one these credentials no longer see, asked for by
 * name (`repository(owner:, name:)`) or node id (`nodes(ids:)`).
 * GitHub answers HTTP 200 with null in their places and an error of type
 * NOT_FOUND for each, beside the data of everything else; @octokit/graphql
 * throws GraphqlResponseError on any error, so one deleted repository would
 * fail a whole run. When every error is NOT_FOUND the partial data is the
 * answer, returned with what was not found; any other error is thrown as before.
 */
export async function queryGraphql<Data>(
  octokit: GitHubOctokit,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlAnswer<Data>> {
  try {
    return { data: await octokit.graphql<Data>(query, variables), notFound: [] };
  } catch (error) {
    if (!(error instanceof GraphqlResponseError)) throw error;
    // the library types errors as a one-element tuple with a string path
    const errors = (error.errors ?? []) as readonly ResponseError[];
    const partial = error.data as Data | null | undefined;
    if (errors.length === 0 || !errors.every((e) => e.type === 'NOT_FOUND') || partial == null) throw error;
    return { data: partial, notFound: errors.map((e) => ({ path: e.path ?? [], message: e.message })) };
  }
}
