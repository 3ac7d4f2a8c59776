import { randomBytes } from 'node:crypto';
import { openGitHubToken, sealGitHubToken } from '../github-access/sealed-github-token.ts';
import type { IdentityQueryable } from '../identity-database.ts';
import { type Principal, withGitHubToken } from '../principal.ts';
import { isRole, scopesOfRole } from '../roles.ts';
import { tokenHash } from '../tokens/personal-token.ts';
import { authenticateSessionSql } from './authenticate-session.queries.ts';
import { openSessionSql } from './open-session.queries.ts';
import { revokeSessionSql } from './revoke-session.queries.ts';

/** The cookie a browser session rides in (HttpOnly, SameSite=Lax, Secure behind https). */
export const SESSION_COOKIE = 'gitpulse_session';

export interface SessionSettings {
  /** A session ends this many hours after sign-in... */
  hours: number;
  /** ...or after this many minutes without a request. */
  idleMinutes: number;
}

/**
 * A new session for a user: its secret goes in the cookie, its hash in the
 * identity database with the user's GitHub token sealed under the secret.
 */
export async function openSession(
  db: IdentityQueryable,
  userId: number,
  settings: SessionSettings,
  from: { userAgent?: string; sourceIp?: string },
  githubToken: string | null,
): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await openSessionSql.run(
    {
      userId,
      sha256: tokenHash(secret),
      hours: settings.hours,
      idleMinutes: settings.idleMinutes,
      userAgent: from.userAgent?.slice(0, 500) ?? null,
      sourceIp: from.sourceIp ?? null,
      githubTokenSealed: githubToken ? sealGitHubToken(secret, githubToken) : null,
    },
    db,
  );
  return secret;
}

/** Who a session cookie signs in, with every scope of their role now; null when it is not a live session. */
export async function authenticateSession(
  db: IdentityQueryable,
  secret: string,
  settings: SessionSettings,
): Promise<Principal | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  const [found] = await authenticateSessionSql.run(
    { sha256: tokenHash(secret), idleMinutes: settings.idleMinutes },
    db,
  );
  if (!found || !isRole(found.role)) return null;
  return withGitHubToken(
    {
      userId: found.user_id,
      login: found.login,
      role: found.role,
      scopes: scopesOfRole(found.role),
      via: 'session',
    },
    found.github_token_sealed && openGitHubToken(secret, found.github_token_sealed),
  );
}

/** Ends a session; the user it belonged to, or null when it was not live. */
export async function revokeSession(db: IdentityQueryable, secret: string): Promise<number | null> {
  const [revoked] = await revokeSessionSql.run({ sha256: tokenHash(secret) }, db);
  return revoked?.user_id ?? null;
}
