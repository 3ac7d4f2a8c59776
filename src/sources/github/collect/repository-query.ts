import type { GitHubOctokit } from '../client/github-client.ts';

interface GraphqlResponseErrorLike {
  name: string;
  errors: { type?: string }[];
  data: unknown;
}

/** Octokit's GraphqlResponseError whose errors all say NOT_FOUND, with the data beside them. */
const onlyNotFound = (error: unknown): error is GraphqlResponseErrorLike => {
  const e = error as Partial<GraphqlResponseErrorLike> | null;
  return (
    e?.name === 'GraphqlResponseError' &&
    Array.isArray(e.errors) &&
    e.errors.length > 0 &&
    e.errors.every((item) => item?.type === 'NOT_FOUND') &&
    e.data !== null &&
    typeof e.data === 'object'
  );
};

/**
 * A GraphQL query about one repository (`repository(owner:, name:)`). GitHub
 * answers one it cannot resolve (gone, renamed, private to these
 * credentials) with `repository: null` and an error of type NOT_FOUND, which
 * octokit throws: that is an answer, so the data comes back with its null;
 * any other error is thrown as before.
 */
export async function queryRepository<Answer extends { repository: unknown }>(
  octokit: GitHubOctokit,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer> {
  try {
    return await octokit.graphql<Answer>(query, variables);
  } catch (error) {
    if (onlyNotFound(error)) return error.data as Answer;
    throw error;
  }
}
