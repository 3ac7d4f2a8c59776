import type { GitHubAuth } from '../../src/api/github-auth.ts';
import type { GitHubSignInSettings } from '../../src/identity/github-sign-in/sign-in-with-github.ts';

/**
 * auth.mode github against the replay, as the tests sign in: the replay's
 * client credentials, members of gitpulse-demo let in as viewers, 12-hour
 * sessions; each test says what it changes.
 */
export function replayGitHubAuth(
  apiUrl: string,
  signIn: Partial<GitHubSignInSettings> = {},
  more: Omit<Partial<GitHubAuth>, 'signIn'> = {},
): GitHubAuth {
  return {
    signIn: {
      clientId: 'gitpulse-test',
      clientSecret: 'test-secret',
      apiUrl,
      allowedOrgs: ['gitpulse-demo'],
      allowedTeams: [],
      admins: [],
      defaultRole: 'viewer',
      ...signIn,
    },
    session: { hours: 12, idleMinutes: 120 },
    ...more,
  };
}
