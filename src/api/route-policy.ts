import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { checkApiToken } from './api-token.ts';
import { registerResponseCache } from './response-cache.ts';

/**
 * What a route says about itself in `config.policy`, read by the hooks of
 * registerRoutePolicy: the one place caching and authorization are decided
 * (and where roles and scopes will go).
 */
export interface RoutePolicy {
  /**
   * 'until-next-run': the answer changes only when a pipeline run commits, so
   * it is kept per URL and revalidated by ETag until then. Routes whose data
   * moves without a run (events, webhooks, requests) leave it out.
   */
  cache?: 'until-next-run';
  /** Needs `Authorization: Bearer $API_TOKEN`; the words say what the token enables, for the 401. */
  apiToken?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

export const policyOf = (request: FastifyRequest): RoutePolicy => request.routeOptions.config?.policy ?? {};

/**
 * The hooks that enforce each route's policy: the API token before anything
 * else (no body is read for a refused request), then the response cache.
 */
export function registerRoutePolicy(
  app: FastifyInstance,
  db: Database,
  options: { apiToken?: string; responseCache: boolean },
): void {
  app.addHook('onRequest', async (request, reply) => {
    const what = policyOf(request).apiToken;
    if (what === undefined) return;
    const refusal = checkApiToken(request, options.apiToken, what);
    if (refusal) return reply.code(401).send(refusal);
  });
  if (options.responseCache)
    registerResponseCache(app, db, (request) => policyOf(request).cache === 'until-next-run');
}
