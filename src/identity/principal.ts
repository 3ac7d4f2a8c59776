import type { Role, Scope } from './roles.ts';

/** Who a request or command acts as, and what it may do now. */
export interface Principal {
  /** null for API_TOKEN, which belongs to no user (auth.mode local's migration path). */
  userId: number | null;
  login: string;
  role: Role;
  scopes: readonly Scope[];
  /** How it was recognised. */
  via: 'local' | 'api_token' | 'personal_token' | 'session';
  /** The personal token it came with (via personal_token): a token may always revoke itself (`gitpulse logout`). */
  tokenId?: number;
  /**
   * The person's GitHub token, when the credential carries one (what GitHub
   * lets them see is asked with it); set by withGitHubToken, not enumerable,
   * so no log line, audit row or JSON of a principal shows it.
   */
  readonly githubToken?: string;
}

/** The principal carrying the GitHub token its credential opened (see Principal.githubToken). */
export function withGitHubToken<P extends Principal>(principal: P, githubToken: string | null): P {
  if (githubToken) Object.defineProperty(principal, 'githubToken', { value: githubToken, enumerable: false });
  return principal;
}
