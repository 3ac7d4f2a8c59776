import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { type Database, databaseFromUrl } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

let db: Database;
let app: FastifyInstance;
const logged: Record<string, unknown>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) });

beforeAll(async () => {
  db = await createFreshDatabase();
  app = await createServer(db, { logger });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('security: the HTTP API', () => {
  it('answers a NUL byte or invalid UTF-8 in the URL with 400, not a database error', async () => {
    for (const url of [
      '/api/trending?language=a%00b',
      '/api/repos/a%00/b',
      '/api/trending?language=%C3%28',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.body, url).not.toMatch(/invalid byte sequence|PostgreSQL|unsupported Unicode/i);
    }
  });

  it('rejects unknown query parameters (they used to miss the response cache on every request)', async () => {
    const trending = await get('/api/trending?limit=5&b=123');
    expect(trending.statusCode).toBe(400);
    expect(trending.json().message).toMatch(/Unrecognized key.*b|unknown/i);
    const languages = await get('/api/languages?b=123');
    expect(languages.statusCode).toBe(400);
    expect(languages.json().message).toBe('unknown query parameter(s): b');
    expect((await get('/api/trending?limit=5')).statusCode).toBe(200);
  });

  it('answers a 5xx with a request id and a generic message, and logs the cause under that id', async () => {
    const broken = databaseFromUrl(db.url);
    await broken.pool.end(); // every query now fails inside the server
    const server = await createServer(broken, { logger });
    try {
      const response = await server.inject({ method: 'GET', url: '/api/companies' });
      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body.message).toMatch(/request id [0-9a-f-]{36}/);
      expect(body.message).not.toMatch(/pool/i);
      const id = /request id ([0-9a-f-]{36})/.exec(body.message)?.[1];
      const entry = logged.find((line) => line.requestId === id);
      expect(entry?.err).toMatch(/pool/i);
    } finally {
      await server.close();
    }
  });

  it('sends security headers, with a CSP that fits the dashboard', async () => {
    const response = await get('/api/languages');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
  });
});
