import type { GitHubSignInSettings } from '../identity/github-sign-in/sign-in-with-github.ts';
import type { SessionSettings } from '../identity/sessions/sessions.ts';

/** auth.mode github, as the server needs it: how to sign in with GitHub and how long a session lasts. */
export interface GitHubAuth {
  signIn: GitHubSignInSettings;
  session: SessionSettings;
}
