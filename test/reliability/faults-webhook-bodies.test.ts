import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { webhookRoutes } from '../../src/api/routes/webhook-routes.ts';
import type { Database } from '../../src/db/database.ts';
import { processPendingDeliveries } from '../../src/pipeline/process-pending-deliveries.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

const SECRET = 'bodies-secret';
const [opened] =
  (
    createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: object[] }[]
  ).find((e) => e.name === 'pull_request')?.examples ?? [];
const keep = closeAfterAll();
let db: Database;
let app: FastifyInstance;
const processed: Promise<unknown>[] = [];
beforeAll(async () => {
  db = keep(await createFreshDatabase());
  app = keep(
    await createServer(db, {
      extend: (server) =>
        webhookRoutes(server, db, {
          secret: SECRET,
          requestProcessing: async () => {
            processed.push(processPendingDeliveries(db));
          },
        }),
    }),
  );
});

async function deliver(id: string, event: string, body: string) {
  return app.inject({
    method: 'POST',
    url: '/webhooks/github',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': id,
      'x-hub-signature-256': await sign(SECRET, body),
    },
    payload: body,
  });
}

const stored = async (id: string) =>
  (
    await db.pool.query(
      'SELECT payload IS NULL AS no_jsonb, raw_body, status, error FROM raw.webhook_deliveries WHERE delivery_id = $1',
      [id],
    )
  ).rows[0];

describe('faults: valid deliveries that jsonb cannot hold', () => {
  it('a \\u0000 escape: stored as received, and the PR still modelled (the NUL replaced)', async () => {
    const pr = opened as { pull_request: { title: string; number: number } };
    const body = JSON.stringify({
      ...pr,
      pull_request: { ...pr.pull_request, title: 'fix\u0000 the parser' },
    });
    expect(body).toContain('\\u0000');
    const response = await deliver('nul-1', 'pull_request', body);
    expect(response.statusCode).toBe(202);
    await Promise.all(processed);
    const row = await stored('nul-1');
    expect(row).toMatchObject({ no_jsonb: true, raw_body: body, status: 'processed', error: null });
    const title = await db.pool.query('SELECT title FROM warehouse.pull_requests WHERE pr_number = $1', [
      pr.pull_request.number,
    ]);
    expect(title.rows[0].title).toBe('fix\uFFFD the parser');
  });

  it('100,000 nested arrays: stored losslessly, answered 2xx', async () => {
    const body = `{"zen":"deep","deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const response = await deliver('deep-1', 'ping', body);
    expect(response.statusCode).toBe(202);
    const row = await stored('deep-1');
    expect(row.no_jsonb).toBe(true);
    expect(row.raw_body).toBe(body);
  });
});
