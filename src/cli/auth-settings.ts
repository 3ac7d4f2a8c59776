import type { GitHubAuth } from '../api/github-auth.ts';
import type { Config } from '../config/config-schema.ts';
import type { Env } from '../config/env-schema.ts';
import type { Logger } from '../log/logger.ts';
import { UserFacingError } from '../user-facing-error.ts';

/**
 * auth from the config and the environment, for `serve`: local mode only on
 * a loopback address (it serves everyone who reaches the port as its admin);
 * github mode with the app's client credentials.
 */
export function authSettingsFrom(
  env: Env,
  config: Config,
  host: string,
  logger: Logger,
): GitHubAuth | undefined {
  const { auth } = config;
  if (auth.mode === 'local') {
    if (!isLoopback(host)) {
      throw new UserFacingError(
        `auth.mode local serves everyone who reaches ${host} as its admin, so gitpulse does not serve it there.`,
        'Set auth.mode: github in the config (README "Users and access"), or serve on 127.0.0.1.',
        2,
      );
    }
    return undefined;
  }
  if (!env.GITHUB_OAUTH_CLIENT_ID || !env.GITHUB_OAUTH_CLIENT_SECRET) {
    throw new UserFacingError(
      'auth.mode github needs the GitHub App’s (or OAuth App’s) client credentials.',
      'Set GITHUB_OAUTH_CLIENT_ID and GITHUB_OAUTH_CLIENT_SECRET (README "Users and access").',
      2,
    );
  }
  if (auth.allowed_orgs.length === 0 && auth.allowed_teams.length === 0)
    logger.warn(
      'auth.allowed_orgs and auth.allowed_teams are empty: any GitHub user may sign in (as auth.default_role)',
    );
  if (env.API_TOKEN)
    logger.warn('API_TOKEN is ignored in auth.mode github: use personal tokens (gitpulse token create)');
  return {
    signIn: {
      clientId: env.GITHUB_OAUTH_CLIENT_ID,
      clientSecret: env.GITHUB_OAUTH_CLIENT_SECRET,
      apiUrl: env.GITHUB_API_URL,
      allowedOrgs: auth.allowed_orgs,
      allowedTeams: auth.allowed_teams,
      admins: auth.admins,
      defaultRole: auth.default_role,
    },
    session: { hours: auth.session_hours, idleMinutes: auth.idle_minutes },
    accessMinutes: auth.access_minutes,
  };
}

/** Whether an address is this machine only. */
export const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
