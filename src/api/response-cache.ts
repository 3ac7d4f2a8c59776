import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { readDataVersion } from '../ops/workflow-runs.ts';

const MAX_ENTRIES = 2000;
const keyOf = (request: FastifyRequest) => `${request.visibility?.key ?? ''}${request.url}`;

/**
 * The analytics answers only change when a pipeline run commits, so they are
 * kept in memory per URL and served again until the data version (the last
 * committed run) moves; the version is also the ETag, so clients revalidate
 * with a 304. A day's aggregates over 100k repositories cost a query once per
 * run instead of once per request. Which routes: their policy says
 * (`cache: 'until-next-run'`, src/api/route-policy.ts).
 */
export function registerResponseCache(
  app: FastifyInstance,
  db: Database,
  cached: (request: FastifyRequest) => boolean,
): void {
  const entries = new Map<string, { version: string; body: string; contentType: string }>();
  const cacheable = (request: FastifyRequest) => request.method === 'GET' && cached(request);

  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    // Readers who may see different private repositories get different answers (route-policy.ts).
    const version = `${await readDataVersion(db.pool)}${request.visibility?.key ?? ''}`;
    const etag = `W/"${Buffer.from(version).toString('base64url')}"`;
    (request as { dataVersion?: string }).dataVersion = version;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const hit = entries.get(keyOf(request));
    if (hit && hit.version === version) {
      return reply.header('x-gitpulse-cache', 'hit').type(hit.contentType).send(hit.body);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const version = (request as { dataVersion?: string }).dataVersion;
    if (version === undefined || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (reply.getHeader('x-gitpulse-cache') === 'hit') return payload;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(keyOf(request), {
      version,
      body: payload,
      contentType: String(reply.getHeader('content-type') ?? 'application/json'),
    });
    return payload;
  });
}
