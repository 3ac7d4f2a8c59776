import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Database } from '../db/database.ts';
import { ping } from '../db/ping.ts';
import type { IdentityDatabase } from '../identity/identity-database.ts';
import type { Logger } from '../log/logger.ts';
import type { BackfillStatus } from './api-schemas.ts';
import { registerCsvConversion, registerCsvNegotiation } from './csv-representation.ts';
import { badRequest, notFound } from './error-answers.ts';
import type { GitHubAuth } from './github-auth.ts';
import { registerMetrics } from './metrics.ts';
import { registerRenamedRepositoryRedirect } from './renamed-repository-redirect.ts';
import { registerRoutePolicy } from './route-policy.ts';
import { activityRoutes } from './routes/activity-routes.ts';
import { authRoutes, meRoute } from './routes/auth-routes.ts';
import { clientEventRoutes } from './routes/client-event-routes.ts';
import { companyRoutes } from './routes/company-routes.ts';
import { deliveryRoutes } from './routes/delivery-routes.ts';
import { deviceRoutes } from './routes/device-routes.ts';
import { prRoutes } from './routes/pr-routes.ts';
import { rankingRoutes } from './routes/ranking-routes.ts';
import { repoRoutes } from './routes/repo-routes.ts';
import { runRoutes } from './routes/run-routes.ts';
import { tokenRoutes } from './routes/token-routes.ts';
import { trackingRoutes } from './routes/tracking-routes.ts';

/** Where `npm run build:dashboard` (Vite) writes the dashboard. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));

/**
 * The HTTP server of `gitpulse serve`: the JSON API (OpenAPI at /api/docs),
 * /healthz, /metrics and the dashboard at /.
 */
export interface ServerOptions {
  /** API_TOKEN: an admin token for the routes whose policy asks for a scope (acknowledging insights, tracking). */
  apiToken?: string;
  /** The identity database: personal tokens, and the audit log of the API's writes. */
  identity?: IdentityDatabase;
  /** auth.mode github: sign in with GitHub (needs the identity database); absent, auth.mode local. */
  github?: GitHubAuth;
  /** The events store, once open (activity answers 503 without it). */
  clickhouse?: () => ClickHouse | undefined;
  /** Has stored client events copied to the events store (a job); absent, they wait for one that does. */
  requestClientEventsExport?: () => Promise<void>;
  /** Where 5xx causes are logged, with their request id. */
  logger?: Logger;
  /** More routes (the webhook receiver, which needs the job queue). */
  extend?: (app: FastifyInstance) => Promise<void>;
  /** The built dashboard (default DASHBOARD_DIR). */
  dashboardDir?: string;
  /** How far a backfill running behind the server is (`gitpulse start`), for /api/about. */
  backfill?: () => BackfillStatus | null;
  /** Keep analytics answers per URL until the next run (default true); bench/api turns it off to time the queries. */
  responseCache?: boolean;
  /** auth.trust_proxy: believe X-Forwarded-Proto/-For (Secure cookies behind a proxy that ends https). */
  trustProxy?: boolean;
}

export async function createServer(db: Database, options: ServerOptions = {}): Promise<FastifyInstance> {
  const logger = options.logger;
  const app = Fastify({
    logger: false,
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const reasons = error.validation.map(
        (v) => `${v.instancePath.replace(/^\//, '') || 'input'}: ${v.message}`,
      );
      return reply
        .code(400)
        .send(badRequest(`Invalid ${error.validationContext ?? 'input'}: ${reasons.join('; ')}`));
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status < 500) return reply.code(status).send(badRequest((error as Error).message));
    // The cause goes to the log under the request id; the client gets the id, not the internals.
    logger?.error(
      { requestId: request.id, method: request.method, url: request.url, err: (error as Error).message },
      'request failed',
    );
    return reply.code(status).send({
      error: 'internal_error',
      message: `internal error; the server log has the details under request id ${request.id}`,
    });
  });
  // Security headers (nosniff, frame-ancestors, referrer policy, a CSP that fits the dashboard:
  // its own scripts, styles and API only).
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Before any handler: a NUL byte or invalid UTF-8 in the URL is the client's mistake (400), not a database error.
  app.addHook('onRequest', async (request, reply) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(request.url);
    } catch {
      return reply.code(400).send(badRequest('the URL is not valid UTF-8 once percent-decoded'));
    }
    if (decoded.includes('\u0000'))
      return reply.code(400).send(badRequest('the URL contains a NUL byte (%00)'));
  });
  // Routes without a query-string schema take no parameters: an unknown one is a 400, not a cache miss.
  app.addHook('preValidation', async (request, reply) => {
    if (
      request.routeOptions.schema?.querystring ||
      !request.url.startsWith('/api/') ||
      request.url.startsWith('/api/docs')
    )
      return;
    const unknown = Object.keys((request.query ?? {}) as object);
    if (unknown.length > 0)
      return reply.code(400).send(badRequest(`unknown query parameter(s): ${unknown.join(', ')}`));
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'gitpulse API',
        version: '0.1.0',
        description: 'GitHub analytics warehouse: trends, rankings, star history, pipeline runs.',
      },
    },
    transform: jsonSchemaTransform,
  });
  // The API docs page sets its own CSP with hashes of its inline code.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI sets a few inline styles of its own.
    transformStaticCSP: (header) =>
      header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
  });

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await ping(db.pool);
      return { status: 'ok', database: 'reachable' };
    } catch (error) {
      return reply.code(503).send({ status: 'error', database: (error as Error).message });
    }
  });
  registerMetrics(app, db, { signedIn: Boolean(options.github) });
  registerCsvNegotiation(app);
  // Cookies signed with a secret of this process: a sign-in's state and the CSRF secret
  // need no longer life than it (sessions live in the identity database).
  await app.register(fastifyCookie, { secret: randomBytes(32).toString('base64url') });
  await app.register(fastifyCsrf, {
    cookieKey: 'gitpulse_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', signed: true },
  });
  // Only the routes that ask for it (sign-in) are limited.
  await app.register(fastifyRateLimit, { global: false });
  registerRoutePolicy(app, db, {
    apiToken: options.apiToken,
    identity: options.identity,
    github: options.github,
    logger,
    responseCache: options.responseCache !== false,
  });
  registerRenamedRepositoryRedirect(app, db);
  registerCsvConversion(app);
  if (options.github && options.identity) {
    await app.register(authRoutes(options.identity, options.github, logger));
    await app.register(deviceRoutes(options.identity, options.github, logger));
  }
  await app.register(meRoute(Boolean(options.github)));
  await app.register(rankingRoutes(db));
  await app.register(repoRoutes(db));
  await app.register(activityRoutes(db, options.clickhouse ?? (() => undefined)));
  await app.register(
    clientEventRoutes(
      db,
      options.clickhouse ?? (() => undefined),
      options.requestClientEventsExport ?? (async () => undefined),
    ),
  );
  await app.register(companyRoutes(db));
  await app.register(runRoutes(db, options.backfill ?? (() => null)));
  await app.register(prRoutes(db));
  await app.register(deliveryRoutes(db));
  await app.register(trackingRoutes(db));
  if (options.identity) await app.register(tokenRoutes(options.identity));
  await options.extend?.(app);

  // Files are looked up per request (the wildcard route), so a dashboard built
  // while the server runs is served at once, and one not built yet says how.
  const dashboardDir = options.dashboardDir ?? DASHBOARD_DIR;
  mkdirSync(dashboardDir, { recursive: true });
  await app.register(fastifyStatic, { root: dashboardDir, prefix: '/', index: false });
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    existsSync(join(dashboardDir, 'index.html'))
      ? reply.sendFile('index.html')
      : reply
          .type('text/html; charset=utf-8')
          .send(
            '<!doctype html><p>The dashboard is not built: run <code>npm run build:dashboard</code> (npm install, npm start and npm test do). The API is at <a href="/api/docs">/api/docs</a>.</p>',
          ),
  );
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(notFound(`no route ${request.method} ${request.url}`)),
  );
  return app;
}
