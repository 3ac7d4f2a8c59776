import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { type AuditAction, recordAuditEvent } from '../identity/audit/audit-log.ts';
import { repositoryAccess } from '../identity/github-access/repository-access.ts';
import type { IdentityDatabase } from '../identity/identity-database.ts';
import type { Principal } from '../identity/principal.ts';
import type { Scope } from '../identity/roles.ts';
import { authenticateSession, revokeSession, SESSION_COOKIE } from '../identity/sessions/sessions.ts';
import type { Logger } from '../log/logger.ts';
import { authenticateBearer } from './bearer-authentication.ts';
import type { GitHubAuth } from './github-auth.ts';
import {
  notTracked,
  type RepositoryExposure,
  repositoryOfRequest,
  type Visibility,
  visibilityOf,
  withoutHidden,
} from './repository-visibility.ts';
import { registerResponseCache } from './response-cache.ts';

/**
 * What a route says about itself in `config.policy`, read by the hooks of
 * registerRoutePolicy: the one place caching, authorization and the audit
 * log are decided.
 */
export interface RoutePolicy {
  /**
   * 'until-next-run': the answer changes only when a pipeline run commits, so
   * it is kept per URL and revalidated by ETag until then. Routes whose data
   * moves without a run (events, webhooks, requests) leave it out.
   */
  cache?: 'until-next-run';
  /**
   * What the caller must be allowed (SPEC section 10). Reads are open in
   * auth.mode local; any other scope needs `Authorization: Bearer` with
   * API_TOKEN or a personal token carrying it.
   */
  scope?: Scope;
  /** A successful answer is written to the audit log as this action, about `target(request)`. */
  audit?: { action: AuditAction; target: (request: FastifyRequest) => string };
  /**
   * Where the answer shows repositories (src/api/repository-visibility.ts):
   * every /api route says, and a test holds them to it.
   */
  repositories?: RepositoryExposure;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    /** Who the request acts as, once its route's scope was checked. */
    principal?: Principal;
    /** The private repositories its reader may not see (auth.mode github, routes that show repositories). */
    visibility?: Visibility;
  }
}

export const policyOf = (request: FastifyRequest): RoutePolicy => request.routeOptions.config?.policy ?? {};

/** What a scope lets a caller do, for the 401 and 403 messages. */
const ENABLES: Record<Scope, string> = {
  read: 'reading',
  track: 'tracking repositories',
  ack: 'acknowledging insights',
  'events:write': 'sending events',
  admin: 'administration',
};

/**
 * The hooks that enforce each route's policy: authorization before anything
 * else (no body is read for a refused request), the response cache, and the
 * audit line of a successful write, written before the answer leaves.
 */
export function registerRoutePolicy(
  app: FastifyInstance,
  db: Database,
  options: {
    apiToken?: string;
    identity?: IdentityDatabase;
    /** auth.mode github: every /api route needs a signed-in user or a token. */
    github?: GitHubAuth;
    responseCache: boolean;
    logger?: Logger;
  },
): void {
  const { identity, github } = options;
  // In github mode API_TOKEN is no one's: only local mode keeps it (README "Users and access").
  const bearerOptions = { apiToken: github ? undefined : options.apiToken, identity };
  // A route that forgets to say where it shows repositories could show a private one: it does not start.
  app.addHook('onRoute', (route) => {
    const policy = (route.config as { policy?: RoutePolicy } | undefined)?.policy;
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !policy?.repositories)
      throw new Error(`${route.method} ${route.url} does not declare config.policy.repositories`);
  });
  app.addHook('onRequest', async (request, reply) => {
    const scope = policyOf(request).scope ?? (github && isApiRead(request) ? 'read' : undefined);
    if (scope === undefined || (scope === 'read' && !github)) return;
    const cookie = github && !request.headers.authorization ? request.cookies[SESSION_COOKIE] : undefined;
    const principal =
      github && cookie && identity
        ? await authenticateSession(identity.pool, cookie, github.session)
        : await authenticateBearer(request.headers.authorization, bearerOptions);
    if (principal === 'none') {
      return reply.code(401).send({
        error: 'no_api_token',
        message: `create a token (gitpulse token create --scope ${scope}) or set API_TOKEN to enable ${ENABLES[scope]}`,
      });
    }
    if (principal === null) {
      return github
        ? reply.code(401).send({
            error: 'sign_in_required',
            message: 'sign in at /auth/login, or send Authorization: Bearer <token>',
          })
        : reply.code(401).send({
            error: 'bad_token',
            message: 'Authorization: Bearer <token> is missing or wrong (or expired, or revoked)',
          });
    }
    if (!principal.scopes.includes(scope)) {
      return reply.code(403).send({
        error: 'forbidden',
        message: `${principal.login} (${principal.role}) may not do ${ENABLES[scope]} (scope ${scope})`,
      });
    }
    // A cookie rides along on any request the browser makes, a forged one too: writes it
    // authenticates need the CSRF token the page got from /api/me.
    if (
      cookie &&
      !['GET', 'HEAD', 'OPTIONS'].includes(request.method) &&
      !(await csrfPasses(app, request, reply))
    ) {
      return reply
        .code(403)
        .send({ error: 'csrf', message: 'missing or wrong x-csrf-token: reload the page' });
    }
    request.principal = principal;
    if (!github || !identity) return;
    // Whether GitHub still lets them in, and what it lets them read: asked again once
    // the last answer is auth.access_minutes old, on any route.
    const access = await repositoryAccess(
      identity.pool,
      principal,
      github.signIn,
      github.accessMinutes ?? 10,
    );
    if ('refused' in access) {
      // left the allowed orgs, or revoked the app on GitHub: the session ends here
      if (cookie) await revokeSession(identity.pool, cookie);
      await recordAuditEvent(identity.pool, {
        actor: principal,
        action: 'user.sign_in_refused',
        details: { reason: access.refused, via: principal.via },
        sourceIp: request.ip,
      });
      return reply.code(401).send({
        error: 'sign_in_required',
        message: `${access.refused}: sign in again, or ask an admin of this gitpulse`,
      });
    }
    const exposure = policyOf(request).repositories;
    if (exposure === undefined || exposure === 'none' || exposure === 'public-only') return;
    const visibility = await visibilityOf(db, access.readableGithubIds);
    request.visibility = visibility;
    const repository = exposure === 'repository' ? repositoryOfRequest(request) : null;
    if (repository && visibility.hidden.has(repository.toLowerCase()))
      return reply.code(404).send(notTracked(repository));
  });
  // A list's hidden items leave before the answer is serialized, cached or turned into CSV.
  app.addHook('preSerialization', async (request, _reply, payload) => {
    const exposure = policyOf(request).repositories;
    if (!request.visibility?.hidden.size || typeof exposure !== 'object') return payload;
    return withoutHidden(payload, exposure, request.visibility);
  });
  if (options.responseCache)
    registerResponseCache(app, db, (request) => policyOf(request).cache === 'until-next-run');
  if (identity) {
    app.addHook('onSend', async (request, reply, payload) => {
      const audit = policyOf(request).audit;
      if (!audit || !request.principal || reply.statusCode >= 400) return payload;
      try {
        await recordAuditEvent(identity.pool, {
          actor: request.principal,
          action: audit.action,
          target: audit.target(request),
          details: { via: request.principal.via, status: reply.statusCode },
          sourceIp: request.ip,
        });
      } catch (error) {
        // the write itself succeeded; say so, and that its audit line is missing
        options.logger?.error(
          { requestId: request.id, action: audit.action, err: (error as Error).message },
          'audit log write failed',
        );
      }
      return payload;
    });
  }
}

/** Reads of the API, which auth.mode github keeps for signed-in users (its docs stay public). */
const isApiRead = (request: FastifyRequest) =>
  request.url.startsWith('/api/') && !request.url.startsWith('/api/docs');

function csrfPasses(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  return new Promise((resolve) => {
    app.csrfProtection(request, reply, (error?: Error) => resolve(!error));
  });
}
