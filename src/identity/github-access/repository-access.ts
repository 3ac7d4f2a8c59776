import { Octokit } from '@octokit/core';
import { type GitHubSignInSettings, membershipRefusal } from '../github-sign-in/sign-in-with-github.ts';
import type { IdentityQueryable } from '../identity-database.ts';
import type { Principal } from '../principal.ts';
import { readRepositoryAccessSql } from './read-repository-access.queries.ts';
import { writeRepositoryAccessSql } from './write-repository-access.queries.ts';

/** What GitHub lets a person read, or why they are no longer let in at all. */
export type RepositoryAccess = { readableGithubIds: readonly number[] } | { refused: string };

const NO_PRIVATE: RepositoryAccess = { readableGithubIds: [] };
/**
 * Asks in flight, by user and the GitHub token asked with, so a page's parallel
 * requests ask GitHub once; another credential of the same user (another token,
 * or none) asks on its own and never takes this one's answer, a refusal least of all.
 */
const asking = new Map<string, Promise<RepositoryAccess>>();

/**
 * The private repositories GitHub says this principal's user may read: the
 * identity database's answer while it is younger than `minutes`, else asked
 * again with the GitHub token their credential carries (GET /user/repos,
 * visibility private: their token's view), and their org and team
 * membership re-checked with it. A credential without a GitHub token (a token
 * made with `gitpulse token create`) lives on the last answer while it is
 * fresh and sees no private repository after. GitHub unreachable: none
 * either (closed, not open), and asked again next time.
 */
export function repositoryAccess(
  identity: IdentityQueryable,
  principal: Principal,
  signIn: GitHubSignInSettings,
  minutes: number,
): Promise<RepositoryAccess> {
  const userId = principal.userId;
  if (userId === null) return Promise.resolve(NO_PRIVATE);
  const key = `${userId} ${principal.githubToken ?? ''}`;
  const pending = asking.get(key);
  if (pending) return pending;
  const ask = (async (): Promise<RepositoryAccess> => {
    const [cached] = await readRepositoryAccessSql.run({ userId, minutes }, identity);
    if (cached?.fresh) return { readableGithubIds: cached.readable_github_ids };
    if (!principal.githubToken) return NO_PRIVATE;
    const github = new Octokit({ auth: principal.githubToken, baseUrl: signIn.apiUrl });
    try {
      const refused = await membershipRefusal(github, signIn, principal.login);
      if (refused) return { refused };
      const readable = await readablePrivateRepositories(github);
      await writeRepositoryAccessSql.run({ userId, readableGithubIds: readable }, identity);
      return { readableGithubIds: readable };
    } catch (error) {
      if ((error as { status?: number }).status === 401)
        return { refused: `GitHub no longer accepts ${principal.login}'s sign-in` };
      return NO_PRIVATE;
    }
  })().finally(() => asking.delete(key));
  asking.set(key, ask);
  return ask;
}

async function readablePrivateRepositories(github: Octokit): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const { data } = await github.request('GET /user/repos', { visibility: 'private', per_page: 100, page });
    ids.push(...data.map((repo) => Number(repo.id)));
    if (data.length < 100) return ids;
  }
}
