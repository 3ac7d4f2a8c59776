import { UserFacingError } from '../../user-facing-error.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { openGitHubToken, sealGitHubToken } from '../github-access/sealed-github-token.ts';
import type { IdentityDatabase, IdentityQueryable } from '../identity-database.ts';
import { type Principal, withGitHubToken } from '../principal.ts';
import { effectiveScopes, isRole, type Scope, scopesOfRole } from '../roles.ts';
import type { UserRef } from '../users/users.ts';
import { authenticateApiTokenSql } from './authenticate-api-token.queries.ts';
import { createApiTokenSql } from './create-api-token.queries.ts';
import { type IListApiTokensSqlResult, listApiTokensSql } from './list-api-tokens.queries.ts';
import { isPersonalToken, newPersonalToken, tokenHash } from './personal-token.ts';
import { revokeApiTokenSql } from './revoke-api-token.queries.ts';

export type ApiTokenRow = IListApiTokensSqlResult;

/**
 * A personal token for `owner` (the actor's own, or anyone's when the actor
 * is an admin), with scopes no wider than the owner's role. The token is
 * returned once and kept only as its hash and last four characters.
 */
export async function createApiToken(
  identity: IdentityDatabase,
  actor: Principal,
  owner: UserRef,
  request: {
    name: string;
    scopes: readonly Scope[];
    expiresInDays?: number;
    /** The owner's GitHub token, sealed under the new token (what GitHub lets them see is asked with it). */
    githubToken?: string;
  },
): Promise<{ token: string; tokenId: number; scopes: string[]; expiresAt: string | null }> {
  if (owner.userId !== actor.userId && actor.role !== 'admin') {
    throw new UserFacingError(
      `Only admins create tokens for others (not ${owner.login}).`,
      'Create your own.',
      2,
    );
  }
  const allowed = scopesOfRole(owner.role);
  const beyond = request.scopes.filter((scope) => !allowed.includes(scope));
  if (beyond.length > 0) {
    throw new UserFacingError(
      `A token of ${owner.login} (${owner.role}) cannot carry ${beyond.join(', ')}.`,
      `Choose among ${allowed.join(', ')}, or give ${owner.login} another role first.`,
      2,
    );
  }
  const secret = newPersonalToken();
  return identity.transaction(async (client) => {
    const [row] = await createApiTokenSql.run(
      {
        userId: owner.userId,
        name: request.name,
        scopes: [...request.scopes],
        sha256: secret.sha256,
        lastFour: secret.lastFour,
        expiresInDays: request.expiresInDays ?? null,
        githubTokenSealed: request.githubToken ? sealGitHubToken(secret.token, request.githubToken) : null,
      },
      client,
    );
    if (!row) throw new Error('the token was not written');
    await recordAuditEvent(client, {
      actor,
      action: 'token.create',
      target: owner.login,
      details: { token_id: row.token_id, name: row.name, scopes: row.scopes, expires_at: row.expires_at },
    });
    return { token: secret.token, tokenId: row.token_id, scopes: row.scopes, expiresAt: row.expires_at };
  });
}

/** Who a personal token acts as, with the scopes its owner's role still allows; null for anything else. */
export async function authenticateApiToken(db: IdentityQueryable, token: string): Promise<Principal | null> {
  if (!isPersonalToken(token)) return null;
  const [found] = await authenticateApiTokenSql.run({ sha256: tokenHash(token) }, db);
  if (!found || !isRole(found.role)) return null;
  return withGitHubToken(
    {
      userId: found.user_id,
      login: found.login,
      role: found.role,
      scopes: effectiveScopes(found.scopes, found.role),
      via: 'personal_token',
      tokenId: found.token_id,
    },
    found.github_token_sealed && openGitHubToken(token, found.github_token_sealed),
  );
}

/** The tokens of `owner`, or everyone's (admins, with owner null). */
export function listApiTokens(db: IdentityQueryable, owner: UserRef | null): Promise<ApiTokenRow[]> {
  return listApiTokensSql.run({ userId: owner?.userId ?? null }, db);
}

/** Revokes a token: the actor's own, or anyone's for an admin; in the audit log. */
export async function revokeApiToken(
  identity: IdentityDatabase,
  actor: Principal,
  tokenId: number,
): Promise<void> {
  await identity.transaction(async (client) => {
    const [revoked] = await revokeApiTokenSql.run(
      { tokenId, ownerId: actor.role === 'admin' ? null : actor.userId },
      client,
    );
    if (!revoked) {
      throw new UserFacingError(
        `No live token ${tokenId}${actor.role === 'admin' ? '' : ` of ${actor.login}`}.`,
        'See `gitpulse token list`.',
        2,
      );
    }
    await recordAuditEvent(client, {
      actor,
      action: 'token.revoke',
      target: revoked.owner,
      details: { token_id: revoked.token_id, name: revoked.name },
    });
  });
}
