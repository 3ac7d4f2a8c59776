import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { webhookRoutes } from '../../src/api/routes/webhook-routes.ts';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

let db: Database;
let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  db = await createFreshDatabase();
  app = await createServer(db, {
    extend: (server) => webhookRoutes(server, db, { secret: 'bodies', requestProcessing: async () => {} }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

/**
 * Announces a 24 MB body, sends 16 bytes of it and waits: the status of an
 * answer that comes without the rest, or 'no answer' when the server waits
 * for the whole body first.
 */
function announceLargeBody(headers: Record<string, string>): Promise<number | 'no answer'> {
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/webhooks/github',
      headers: {
        'content-type': 'application/json',
        'content-length': String(24 * 1024 * 1024),
        'x-github-event': 'push',
        'x-github-delivery': `big-${Math.random()}`,
        ...headers,
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve('no answer');
    }, 2000);
    req.on('response', (response) => {
      clearTimeout(timer);
      response.resume();
      req.destroy();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', () => {});
    req.write('{"ref":"refs/he');
  });
}

describe('security: unauthenticated webhook bodies are not buffered', () => {
  it('refuses a delivery without a signature before reading its body', async () => {
    expect(await announceLargeBody({})).toBe(401);
  });

  it('bounds the large bodies received at once: the ninth waits for none of them', async () => {
    const signed = { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` };
    const first = Array.from({ length: 8 }, () => announceLargeBody(signed));
    await new Promise((r) => setTimeout(r, 300));
    expect(await announceLargeBody(signed)).toBe(503);
    expect(await Promise.all(first)).toEqual(Array(8).fill('no answer')); // still being received
  });
});
