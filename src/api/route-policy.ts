import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { type AuditAction, recordAuditEvent } from '../identity/audit/audit-log.ts';
import type { IdentityDatabase } from '../identity/identity-database.ts';
import type { Principal } from '../identity/principal.ts';
import type { Scope } from '../identity/roles.ts';
import type { Logger } from '../log/logger.ts';
import { authenticateBearer } from './bearer-authentication.ts';
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
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    /** Who the request acts as, once its route's scope was checked. */
    principal?: Principal;
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
  options: { apiToken?: string; identity?: IdentityDatabase; responseCache: boolean; logger?: Logger },
): void {
  const { identity } = options;
  app.addHook('onRequest', async (request, reply) => {
    const scope = policyOf(request).scope;
    if (scope === undefined || scope === 'read') return;
    const principal = await authenticateBearer(request.headers.authorization, options);
    if (principal === 'none') {
      return reply.code(401).send({
        error: 'no_api_token',
        message: `create a token (gitpulse token create --scope ${scope}) or set API_TOKEN to enable ${ENABLES[scope]}`,
      });
    }
    if (principal === null) {
      return reply.code(401).send({
        error: 'bad_token',
        message: 'Authorization: Bearer <token> is missing, wrong, expired or revoked',
      });
    }
    if (!principal.scopes.includes(scope)) {
      return reply.code(403).send({
        error: 'forbidden',
        message: `this token of ${principal.login} (${principal.role}) does not allow ${ENABLES[scope]} (scope ${scope})`,
      });
    }
    request.principal = principal;
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
