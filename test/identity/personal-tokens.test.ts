import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { listAuditEvents } from '../../src/identity/audit/audit-log.ts';
import type { IdentityDatabase } from '../../src/identity/identity-database.ts';
import { createApiToken, revokeApiToken } from '../../src/identity/tokens/api-tokens.ts';
import { isPersonalToken, newPersonalToken } from '../../src/identity/tokens/personal-token.ts';
import { findUser, localPrincipal, setUserRole } from '../../src/identity/users/users.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { freshWarehouseWithIdentity } from '../support/fresh-database.ts';

const API_TOKEN = 'the-api-token-of-local-mode';
const keep = closeAfterAll();
let identity: IdentityDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  const fresh = await freshWarehouseWithIdentity(keep);
  identity = fresh.identity;
  app = keep(await createServer(fresh.db, { identity, apiToken: API_TOKEN }));
  // a member and a viewer, as GitHub sign-in will write them
  await identity.pool.query(
    "INSERT INTO identity.users (github_id, login, role) VALUES (101, 'octo-member', 'member'), (102, 'octo-viewer', 'viewer')",
  );
});

const track = (repository: string, authorization?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/tracked',
    payload: { repository },
    headers: authorization ? { authorization } : {},
  });
const tokenFor = async (login: string, scopes: ('read' | 'track' | 'ack')[], expiresInDays?: number) => {
  const admin = await localPrincipal(identity.pool);
  return createApiToken(identity, admin, await findUser(identity.pool, login), {
    name: `${login} ${scopes.join('+')}`,
    scopes,
    expiresInDays,
  });
};

describe('personal tokens: their shape', () => {
  it('carry the gpt_ prefix and a checksum that a changed character breaks', () => {
    const tokens = Array.from({ length: 500 }, () => newPersonalToken());
    expect(new Set(tokens.map((t) => t.token)).size).toBe(500);
    for (const { token, sha256, lastFour } of tokens) {
      expect(token).toMatch(/^gpt_[0-9A-Za-z]{36}$/);
      expect(isPersonalToken(token)).toBe(true);
      expect(sha256).toBe(createHash('sha256').update(token).digest('hex'));
      expect(lastFour).toBe(token.slice(-4));
    }
    const { token } = tokens[0] as { token: string };
    const flipped = `${token.slice(0, 10)}${token[10] === 'a' ? 'b' : 'a'}${token.slice(11)}`;
    expect(isPersonalToken(flipped)).toBe(false);
    expect(isPersonalToken(`ghp_${token.slice(4)}`)).toBe(false);
  });
});

describe('personal tokens on the API', () => {
  it('a member’s track token tracks, and the audit log says who, what and from where', async () => {
    const { token } = await tokenFor('octo-member', ['read', 'track']);
    const response = await track('octo/tracked-by-token', `Bearer ${token}`);
    expect(response.statusCode).toBe(202);
    const [line] = await listAuditEvents(identity.pool, 1);
    expect(line).toMatchObject({
      actor_login: 'octo-member',
      action: 'repository.track',
      target: 'octo/tracked-by-token',
      details: { via: 'personal_token', status: 202 },
      source_ip: '127.0.0.1',
    });
  });

  it('a read token cannot write (403), and a wrong or unknown token is a 401', async () => {
    const { token } = await tokenFor('octo-member', ['read']);
    const forbidden = await track('octo/not-tracked', `Bearer ${token}`);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ error: 'forbidden' });
    expect((await track('octo/not-tracked', `Bearer ${newPersonalToken().token}`)).statusCode).toBe(401);
    // The last character changed (never to itself: that was a 1-in-62 flake).
    const tampered = `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`;
    expect((await track('octo/not-tracked', `Bearer ${tampered}`)).statusCode).toBe(401);
    expect((await track('octo/not-tracked')).statusCode).toBe(401);
  });

  it('a token never goes beyond its owner’s role: not at creation, nor after a demotion', async () => {
    await expect(tokenFor('octo-viewer', ['track'])).rejects.toThrow(
      /octo-viewer \(viewer\) cannot carry track/,
    );
    const { token } = await tokenFor('octo-member', ['track']);
    const admin = await localPrincipal(identity.pool);
    await setUserRole(identity, admin, 'octo-member', 'viewer');
    try {
      expect((await track('octo/after-demotion', `Bearer ${token}`)).statusCode).toBe(403);
    } finally {
      await setUserRole(identity, admin, 'octo-member', 'member');
    }
    expect((await track('octo/after-promotion', `Bearer ${token}`)).statusCode).toBe(202);
    const roleChanges = (await listAuditEvents(identity.pool, 50)).filter((e) => e.action === 'user.role');
    expect(roleChanges.slice(0, 2).map((e) => e.details)).toEqual([
      { from: 'viewer', to: 'member' },
      { from: 'member', to: 'viewer' },
    ]);
  });

  it('a revoked or expired token is refused at once', async () => {
    const revoked = await tokenFor('octo-member', ['track']);
    expect((await track('octo/before-revoke', `Bearer ${revoked.token}`)).statusCode).toBe(202);
    await revokeApiToken(identity, await localPrincipal(identity.pool), revoked.tokenId);
    expect((await track('octo/after-revoke', `Bearer ${revoked.token}`)).statusCode).toBe(401);
    const expiring = await tokenFor('octo-member', ['track'], 1);
    await identity.pool.query(
      "UPDATE identity.api_tokens SET expires_at = now() - interval '1 second' WHERE token_id = $1",
      [expiring.tokenId],
    );
    expect((await track('octo/expired', `Bearer ${expiring.token}`)).statusCode).toBe(401);
  });

  it('on this machine the API lists tokens but does not mint them: whoever reaches the port is not their owner', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'from the API', scopes: ['admin'] },
    });
    expect(created.statusCode).toBe(403);
    expect(created.json()).toMatchObject({ error: 'forbidden' });
    const listed = await app.inject({ method: 'GET', url: '/api/tokens' });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain('secret_sha256');
  });

  it('API_TOKEN still works, as an admin that is nobody in particular', async () => {
    expect((await track('octo/by-api-token', `Bearer ${API_TOKEN}`)).statusCode).toBe(202);
    const [line] = await listAuditEvents(identity.pool, 1);
    expect(line).toMatchObject({ actor_login: 'API_TOKEN', target: 'octo/by-api-token' });
  });

  it('no token or its hash is in any identity table or API answer; the last four are', async () => {
    const { token, tokenId } = await tokenFor('octo-member', ['read']);
    const hash = createHash('sha256').update(token).digest('hex');
    const { rows } = await identity.pool.query<{ dump: string }>(
      `SELECT concat_ws(' ', (SELECT string_agg(t::text, ' ') FROM identity.api_tokens t WHERE token_id <> $1),
                            (SELECT string_agg(a::text, ' ') FROM identity.audit_log a),
                            (SELECT string_agg(u::text, ' ') FROM identity.users u)) AS dump`,
      [tokenId],
    );
    expect(rows[0]?.dump).not.toContain(token);
    expect(rows[0]?.dump).not.toContain(token.slice(4, -4));
    const own = await identity.pool.query(
      'SELECT secret_sha256, last_four FROM identity.api_tokens WHERE token_id = $1',
      [tokenId],
    );
    expect(own.rows[0]).toEqual({ secret_sha256: hash, last_four: token.slice(-4) });
    const answer = await track('octo/one-more', `Bearer ${token}`);
    expect(answer.body).not.toContain(token.slice(4, -4));
  });
});
