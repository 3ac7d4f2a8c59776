import type { GitHubSignInSettings } from '../identity/github-sign-in/sign-in-with-github.ts';
import type { SessionSettings } from '../identity/sessions/sessions.ts';

/** auth.mode github, as the server needs it: how to sign in with GitHub and how long a session lasts. */
export interface GitHubAuth {
  signIn: GitHubSignInSettings;
  session: SessionSettings;
  /** How long GitHub's answer about what a person may read is kept (auth.access_minutes, default 10). */
  accessMinutes?: number;
}
