import { Octokit } from '@octokit/core';
import {
  createDeviceCode,
  exchangeDeviceCode,
  exchangeWebFlowCode,
  getWebFlowAuthorizationUrl,
} from '@octokit/oauth-methods';
import { RequestError } from '@octokit/request-error';
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

/**
 * What gitpulse asks GitHub for, in the web flow and the device flow alike:
 * reading org and team memberships, which auth.allowed_orgs / allowed_teams check.
 */
export const SIGN_IN_SCOPES: readonly string[] = ['read:org'];

/** GitHub's authorize page for this sign-in, with the browser's `state` (the web host follows the API's). */
export function authorizeUrl(settings: GitHubSignInSettings, redirectUrl: string, state: string): string {
  return getWebFlowAuthorizationUrl({
    clientType: 'oauth-app',
    clientId: settings.clientId,
    redirectUrl,
    state,
    scopes: [...SIGN_IN_SCOPES],
    request: new Octokit({ baseUrl: settings.apiUrl }).request,
  }).url;
}

const lower = (names: readonly string[]) => new Set(names.map((name) => name.toLowerCase()));

/** The web flow's last step: the code GitHub sent back traded for the person's GitHub token. */
export async function exchangeWebFlowCodeForToken(
  settings: GitHubSignInSettings,
  code: string,
  redirectUrl: string,
): Promise<string> {
  const { authentication } = await exchangeWebFlowCode({
    clientType: 'oauth-app',
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    code,
    redirectUrl,
    request: new Octokit({ baseUrl: settings.apiUrl }).request,
  });
  return authentication.token;
}

/** The device flow's first step (RFC 8628): a code for the person to enter at GitHub, and one to poll with. */
export async function startDeviceFlow(settings: GitHubSignInSettings): Promise<{
  device_code: string;
  user_code: string;
  verification_uri: string;
  expires_in: number;
  interval: number;
}> {
  const { data } = await createDeviceCode({
    clientType: 'oauth-app',
    clientId: settings.clientId,
    scopes: [...SIGN_IN_SCOPES],
    request: new Octokit({ baseUrl: settings.apiUrl }).request,
  });
  const { device_code, user_code, verification_uri, expires_in, interval } = data;
  return { device_code, user_code, verification_uri, expires_in, interval };
}

/** What GitHub says while a device code is not (or no longer) good for a token. */
const DEVICE_FLOW_WAITS = ['authorization_pending', 'slow_down'] as const;
const DEVICE_FLOW_ENDS = ['expired_token', 'access_denied', 'incorrect_device_code'] as const;
export type DeviceFlowError = (typeof DEVICE_FLOW_WAITS)[number] | (typeof DEVICE_FLOW_ENDS)[number];

/**
 * The device flow's poll: the person's GitHub token once they entered the
 * code, else GitHub's reason (with the interval it asks for, raised by
 * slow_down). Any other answer (device flow disabled for the app, GitHub
 * down) is thrown.
 */
export async function exchangeDeviceCodeForToken(
  settings: GitHubSignInSettings,
  deviceCode: string,
): Promise<{ token: string } | { error: DeviceFlowError; interval?: number }> {
  try {
    const { authentication } = await exchangeDeviceCode({
      clientType: 'oauth-app',
      clientId: settings.clientId,
      code: deviceCode,
      request: new Octokit({ baseUrl: settings.apiUrl }).request,
    });
    return { token: authentication.token };
  } catch (error) {
    // oauth-methods turns GitHub's 200-with-an-error answer into a RequestError carrying that answer
    const data =
      error instanceof RequestError ? (error.response?.data as Record<string, unknown>) : undefined;
    const known = [...DEVICE_FLOW_WAITS, ...DEVICE_FLOW_ENDS] as readonly string[];
    if (typeof data?.error !== 'string' || !known.includes(data.error)) throw error;
    const interval = Number(data.interval);
    return {
      error: data.error as DeviceFlowError,
      ...(Number.isFinite(interval) && interval >= 0 ? { interval } : {}),
    };
  }
}

/**
 * Why auth.allowed_orgs / allowed_teams keep this GitHub user out, or null
 * when they let them in (or name no one): asked with the user's own token,
 * at sign-in and again whenever what they may see is re-checked.
 */
export async function membershipRefusal(
  github: Octokit,
  settings: GitHubSignInSettings,
  login: string,
): Promise<string | null> {
  const orgs = lower(settings.allowedOrgs);
  const teams = lower(settings.allowedTeams);
  if (orgs.size === 0 && teams.size === 0) return null;
  const memberOf = (await github.request('GET /user/orgs', { per_page: 100 })).data.map((o) =>
    o.login.toLowerCase(),
  );
  const inTeams = teams.size
    ? (await github.request('GET /user/teams', { per_page: 100 })).data.map((t) =>
        `${t.organization.login}/${t.slug}`.toLowerCase(),
      )
    : [];
  if (memberOf.some((org) => orgs.has(org)) || inTeams.some((team) => teams.has(team))) return null;
  return `${login} is not a member of ${[...settings.allowedOrgs, ...settings.allowedTeams].join(', ')}`;
}

/**
 * Who a GitHub token belongs to, written to the identity database when
 * auth.allowed_orgs / allowed_teams let them in (the web flow's callback and
 * the device flow both end here).
 */
export async function admitGitHubUser(
  db: IdentityQueryable,
  settings: GitHubSignInSettings,
  githubToken: string,
): Promise<{ user: UserRef } | { refused: string; login: string }> {
  const github = new Octokit({ auth: githubToken, baseUrl: settings.apiUrl });
  const { data: person } = await github.request('GET /user');
  const refused = await membershipRefusal(github, settings, person.login);
  if (refused) return { login: person.login, refused };
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
