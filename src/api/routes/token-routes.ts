import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IdentityDatabase } from '../../identity/identity-database.ts';
import type { Principal } from '../../identity/principal.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../identity/tokens/api-tokens.ts';
import { localPrincipal, userRefOf } from '../../identity/users/users.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { createdToken, createTokenBody, errorResponse, tokensQuery, tokensResponse } from '../api-schemas.ts';

/**
 * Personal tokens over the API, for the dashboard's Settings page: one's own
 * (an admin may list everyone's and revoke any), as the signed-in user
 * (auth.mode github). On this machine (auth.mode local) the list is the local
 * user's, but tokens are made and revoked with `gitpulse token`: the API's
 * open reads must not let whoever reaches the port mint an admin token.
 */
export const tokenRoutes =
  (identity: IdentityDatabase): FastifyPluginAsyncZod =>
  async (app) => {
    const caller = async (principal: Principal | undefined): Promise<Principal> =>
      principal ?? (await localPrincipal(identity.pool));
    // A token must not mint a wider one: writes come from a signed-in session or an admin-scoped token.
    const mayManage = (principal: Principal) =>
      principal.via === 'session' || principal.scopes.includes('admin');
    const TOKEN_WRITES = {
      error: 'forbidden',
      message: 'tokens are managed from a signed-in session (the Settings page) or with an admin token',
    };
    const LOCAL_WRITES = {
      error: 'forbidden',
      message: 'on this machine tokens are made and revoked with `gitpulse token` (auth.mode local)',
    };
    const refused = (error: unknown) =>
      error instanceof UserFacingError ? { error: 'refused', message: error.message } : undefined;

    app.get(
      '/api/tokens',
      {
        config: { policy: { repositories: 'none', scope: 'read' } },
        schema: {
          tags: ['access'],
          summary: 'Your personal tokens (never their secrets); ?all=true for everyone’s (admins)',
          querystring: tokensQuery,
          response: { 200: tokensResponse, 403: errorResponse },
        },
      },
      async (request, reply) => {
        const me = await caller(request.principal);
        if (request.query.all && me.role !== 'admin')
          return reply.code(403).send({ error: 'forbidden', message: 'only admins list everyone’s tokens' });
        const owner = request.query.all ? null : userRefOf(me);
        return { items: await listApiTokens(identity.pool, owner) };
      },
    );

    app.post(
      '/api/tokens',
      {
        config: { policy: { repositories: 'none', scope: 'read' } },
        schema: {
          tags: ['access'],
          summary: 'Create a personal token for yourself (scopes within your role); it is shown once',
          body: createTokenBody,
          response: { 201: createdToken, 400: errorResponse, 401: errorResponse, 403: errorResponse },
        },
      },
      async (request, reply) => {
        if (!request.principal) return reply.code(403).send(LOCAL_WRITES);
        if (!mayManage(request.principal)) return reply.code(403).send(TOKEN_WRITES);
        const me = request.principal;
        if (me.userId === null)
          return reply
            .code(400)
            .send({ error: 'refused', message: 'API_TOKEN is no user: create tokens as one' });
        try {
          const created = await createApiToken(identity, me, userRefOf(me), {
            name: request.body.name,
            scopes: request.body.scopes,
            expiresInDays: request.body.expires_days,
            // the token sees the private repositories its owner's session sees
            githubToken: me.githubToken,
          });
          return reply.code(201).send({
            token: created.token,
            token_id: created.tokenId,
            scopes: created.scopes,
            expires_at: created.expiresAt,
          });
        } catch (error) {
          const body = refused(error);
          if (body) return reply.code(400).send(body);
          throw error;
        }
      },
    );

    app.delete(
      '/api/tokens/:id',
      {
        config: { policy: { repositories: 'none', scope: 'read' } },
        schema: {
          tags: ['access'],
          summary:
            'Revoke one of your tokens (an admin: anyone’s), or the token this request carries; its next request gets 401',
          params: z.object({ id: z.coerce.number().int().min(1) }),
          response: {
            200: z.object({ token_id: z.number(), revoked: z.literal(true) }),
            403: errorResponse,
            404: errorResponse,
          },
        },
      },
      async (request, reply) => {
        if (!request.principal) return reply.code(403).send(LOCAL_WRITES);
        // Revoking the very token that asks widens nothing: it is how `gitpulse logout` ends its own.
        const itself = request.principal.tokenId === request.params.id;
        if (!itself && !mayManage(request.principal)) return reply.code(403).send(TOKEN_WRITES);
        try {
          await revokeApiToken(identity, request.principal, request.params.id);
          return { token_id: request.params.id, revoked: true as const };
        } catch (error) {
          const body = refused(error);
          if (body) return reply.code(404).send({ ...body, error: 'not_found' });
          throw error;
        }
      },
    );
  };
