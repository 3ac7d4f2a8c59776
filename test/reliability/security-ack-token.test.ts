import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

const TOKEN = 'a1b2c3d4e5f6a7b8';
const INSIGHT = '00000000-0000-4000-8000-000000000000';
let db: Database;
let app: FastifyInstance;
beforeAll(async () => {
  db = await createFreshDatabase();
  app = await createServer(db, { apiToken: TOKEN });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const ack = (authorization?: string) =>
  app.inject({
    method: 'POST',
    url: `/api/insights/${INSIGHT}/ack`,
    headers: authorization === undefined ? {} : { authorization },
  });

describe('security: the insight acknowledgement token', () => {
  it.each([
    ['a multibyte token of the right length', `Bearer ${'é'.repeat(TOKEN.length)}`],
    ['a shorter token', 'Bearer a1b2'],
    ['the right token without "Bearer"', TOKEN],
    ['another scheme', `Basic ${TOKEN}`],
    ['no header', undefined],
  ])('refuses %s with 401', async (_case, authorization) => {
    const response = await ack(authorization);
    expect(response.statusCode).toBe(401);
    expect(response.body).not.toContain('byte length');
  });

  it('lets the right bearer token through (404: no such insight)', async () => {
    const response = await ack(`Bearer ${TOKEN}`);
    expect(response.statusCode).toBe(404);
  });
});
