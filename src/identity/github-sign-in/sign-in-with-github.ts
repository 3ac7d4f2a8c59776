import { Octokit } from '@octokit/core';
import { exchangeWebFlowCode, getWebFlowAuthorizationUrl } from '@octokit/oauth-methods';
import type { IdentityQueryable } from '../identity-database.ts';
import { isRole, type Role } from '../roles.ts';
import { signInUserSql } from '../users/sign-in-user.queries.ts';
import type { UserRef } from '../users/users.ts';

/** What signing in with GitHub needs (config auth, GITHUB_OAUTH_CLIENT_*, GITHUB_API_URL). */
export interface GitHubSignInSettings {
  clientId: string;
  clientSecret: string;
  /** The API's base URL: api.github.com, a GHES /api/v3, or the replay. */
  apiUrl: string;
  allowedOrgs: readonly string[];
  /** org/team-slug */
  allowedTeams: readonly string[];
  admins: readonly string[];
  defaultRole: Role;
}

/** GitHub's authorize page for this sign-in, with the browser's `state` (the web host follows the API's). */
export function authorizeUrl(settings: GitHubSignInSettings, redirectUrl: string, state: string): string {
  return getWebFlowAuthorizationUrl({
    clientType: 'oauth-app',
    clientId: settings.clientId,
    redirectUrl,
    state,
    scopes: ['read:org'],
    request: new Octokit({ baseUrl: settings.apiUrl }).request,
  }).url;
}

const lower = (names: readonly string[]) => new Set(names.map((name) => name.toLowerCase()));

/**
 * The web flow's last step: the code GitHub sent back traded for the
 * person's token, who they are and which orgs and teams they are in; written
 * to the identity database when auth.allowed_orgs / allowed_teams let them in.
 * The GitHub token is used here and not kept.
 */
export async function signInWithCode(
  db: IdentityQueryable,
  settings: GitHubSignInSettings,
  code: string,
  redirectUrl: string,
): Promise<{ user: UserRef } | { refused: string; login: string }> {
  const api = new Octokit({ baseUrl: settings.apiUrl });
  const { authentication } = await exchangeWebFlowCode({
    clientType: 'oauth-app',
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    code,
    redirectUrl,
    request: api.request,
  });
  const github = new Octokit({ auth: authentication.token, baseUrl: settings.apiUrl });
  const { data: person } = await github.request('GET /user');
  const orgs = lower(settings.allowedOrgs);
  const teams = lower(settings.allowedTeams);
  if (orgs.size > 0 || teams.size > 0) {
    const memberOf = (await github.request('GET /user/orgs', { per_page: 100 })).data.map((o) =>
      o.login.toLowerCase(),
    );
    const inTeams = teams.size
      ? (await github.request('GET /user/teams', { per_page: 100 })).data.map((t) =>
          `${t.organization.login}/${t.slug}`.toLowerCase(),
        )
      : [];
    if (!memberOf.some((org) => orgs.has(org)) && !inTeams.some((team) => teams.has(team))) {
      return {
        login: person.login,
        refused: `${person.login} is not a member of ${[...settings.allowedOrgs, ...settings.allowedTeams].join(', ')}`,
      };
    }
  }
  const isAdmin = lower(settings.admins).has(person.login.toLowerCase());
  const [user] = await signInUserSql.run(
    {
      githubId: Number(person.id),
      login: person.login,
      name: person.name ?? null,
      avatarUrl: person.avatar_url ?? null,
      firstRole: isAdmin ? 'admin' : settings.defaultRole,
      isAdmin,
    },
    db,
  );
  if (!user || !isRole(user.role)) throw new Error(`the user ${person.login} was not written`);
  return { user: { userId: user.user_id, login: user.login, role: user.role } };
}
