import { Webhooks } from '@octokit/webhooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.ts';
import { groupedDeliveryStore } from '../../raw/grouped-delivery-store.ts';
import { isModelledEvent } from '../../warehouse/apply-webhook-deliveries.ts';
import { badRequest } from '../error-answers.ts';

const BODY_LIMIT = 25 * 1024 * 1024; // GitHub caps payloads at 25 MB
const LARGE_BODY = 1024 * 1024;
const MAX_LARGE_BODIES = 8;
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'x-hub-signature', 'x-hub-signature-256']);

export interface WebhookOptions {
  /** GITHUB_WEBHOOK_SECRET; without one, deliveries are refused unless `unsigned` (demo mode). */
  secret?: string;
  unsigned?: boolean;
  /**
   * Has the stored deliveries processed (a graphile-worker job); called after a
   * delivery is stored, not awaited: the delivery is safe once stored, and a
   * request lost here is made good by serve's sweep of waiting deliveries.
   */
  requestProcessing: () => Promise<void>;
}

/**
 * POST /webhooks/github: verify the signature (timing-safe, @octokit/webhooks),
 * store the delivery in raw.webhook_deliveries, then answer; processing
 * happens on the job queue so GitHub gets its answer well within 10 s.
 */
export async function webhookRoutes(
  app: FastifyInstance,
  db: Database,
  options: WebhookOptions,
): Promise<void> {
  const webhooks = options.secret ? new Webhooks({ secret: options.secret }) : undefined;
  const storeDelivery = groupedDeliveryStore(db.pool);
  const requestProcessing = (request: FastifyRequest) =>
    void options
      .requestProcessing()
      .catch((error: Error) =>
        request.log.warn({ err: error.message }, 'could not queue webhook processing'),
      );
  await app.register(async (scope) => {
    // The signature covers the raw body: keep it as a string, parse after verifying.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
    // Refused before the body is read: an unsigned post, or one arriving while
    // MAX_LARGE_BODIES large bodies are already being received, costs no memory.
    let largeBodies = 0;
    scope.addHook('onRequest', async (request, reply) => {
      if (webhooks && !request.headers['x-hub-signature-256']) {
        return reply.code(401).send({ error: 'bad_signature', message: 'X-Hub-Signature-256 is missing' });
      }
      if (!webhooks && !options.unsigned) {
        return reply.code(401).send({
          error: 'no_secret',
          message: 'webhooks are refused: set GITHUB_WEBHOOK_SECRET to accept signed deliveries',
        });
      }
      if (Number(request.headers['content-length'] ?? 0) > LARGE_BODY) {
        if (largeBodies >= MAX_LARGE_BODIES) {
          return reply.code(503).header('retry-after', '5').send({
            error: 'busy',
            message: 'too many large deliveries at once; redeliver in a few seconds',
          });
        }
        largeBodies++;
        reply.raw.once('close', () => {
          largeBodies--;
        });
      }
    });
    scope.post(
      '/webhooks/github',
      { bodyLimit: BODY_LIMIT, schema: { hide: true } },
      async (request, reply) => {
        const raw = typeof request.body === 'string' ? request.body : '';
        // A missing signature, or no secret outside demo mode, was refused in onRequest.
        const signature = String(request.headers['x-hub-signature-256']);
        if (webhooks && !(await webhooks.verify(raw, signature).catch(() => false))) {
          return reply.code(401).send({
            error: 'bad_signature',
            message: 'X-Hub-Signature-256 does not match GITHUB_WEBHOOK_SECRET',
          });
        }
        const deliveryId = String(request.headers['x-github-delivery'] ?? '');
        const event = String(request.headers['x-github-event'] ?? '');
        if (!deliveryId || !event) {
          return reply
            .code(400)
            .send(badRequest('X-GitHub-Delivery and X-GitHub-Event headers are required'));
        }
        let payload: { action?: unknown };
        try {
          payload = JSON.parse(raw);
          if (!payload || typeof payload !== 'object') throw new Error('not an object');
        } catch (error) {
          return reply.code(400).send({
            error: 'malformed_body',
            message: `body is not a JSON object: ${(error as Error).message}`,
          });
        }
        const headers = Object.fromEntries(
          Object.entries(request.headers).filter(([name]) => !SECRET_HEADERS.has(name)),
        );
        const handled = isModelledEvent(event);
        const stored = await storeDelivery({
          deliveryId,
          event,
          action: typeof payload.action === 'string' ? payload.action : null,
          headers,
          rawBody: raw,
          status: handled ? 'received' : 'ignored',
        });
        if (!stored.inserted) {
          // Stored before but never processed (a crash between storing and queueing): queue it now.
          if (stored.status === 'received') requestProcessing(request);
          return reply.code(200).send({ delivery: deliveryId, status: 'duplicate' });
        }
        if (!handled) return reply.code(202).send({ delivery: deliveryId, status: 'ignored', event });
        requestProcessing(request);
        return reply.code(202).send({ delivery: deliveryId, status: 'queued' });
      },
    );
  });
}
