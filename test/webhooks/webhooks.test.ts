import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { sign, verify } from '@octokit/webhooks-methods';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { webhookRoutes } from '../../src/api/routes/webhook-routes.ts';
import type { Database } from '../../src/db/database.ts';
import { processPendingDeliveries } from '../../src/pipeline/process-pending-deliveries.ts';
import { storeWebhookDeliveries } from '../../src/raw/webhook-deliveries.ts';
import { type JobWorker, startJobWorker } from '../../src/scheduler/start-job-worker.ts';
import { HANDLED_EVENTS } from '../../src/warehouse/pull-requests/apply-webhook-batch.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { silentLogger } from '../support/replay-client.ts';
import { runCli } from '../support/run-cli.ts';

const SECRET = 'test-webhook-secret';
const API_TOKEN = 'test-api-token';
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string;
  examples: Record<string, unknown>[];
}[];
const byEvent = new Map(examples.map((e) => [e.name, e.examples]));

const keep = closeAfterAll();
let db: Database;
let app: FastifyInstance;
let worker: JobWorker;

beforeAll(async () => {
  db = keep(await createFreshDatabase());
  worker = await startJobWorker({
    databaseUrl: db.url,
    logger: silentLogger,
    tasks: {
      process_webhooks: async () => void (await processPendingDeliveries(db)),
    },
  });
  keep({ close: () => worker.stop() });
  app = keep(
    await createServer(db, {
      apiToken: API_TOKEN,
      extend: (server) =>
        webhookRoutes(server, db, {
          secret: SECRET,
          requestProcessing: () => worker.requestRun('process_webhooks'),
        }),
    }),
  );
});

async function post(
  event: string,
  body: string,
  { id = randomUUID(), signature }: { id?: string; signature?: string | null } = {},
) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': id,
  };
  const sig = signature === undefined ? await sign(SECRET, body) : signature;
  if (sig) headers['x-hub-signature-256'] = sig;
  const response = await app.inject({ method: 'POST', url: '/webhooks/github', headers, payload: body });
  return { status: response.statusCode, body: response.json(), id };
}

async function settled(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await db.pool.query(
      "SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE status = 'received'",
    );
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('deliveries still waiting for the job queue');
}

const count = async (table: string) =>
  (await db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

describe('webhook receiver and PR flow', () => {
  it("verifies GitHub's documented test vector", async () => {
    expect(
      await verify(
        "It's a Secret to Everybody",
        'Hello, World!',
        'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
      ),
    ).toBe(true);
  });

  it('stores every example delivery before answering and updates the model on the job queue', async () => {
    let posted = 0;
    for (const event of HANDLED_EVENTS) {
      for (const payload of byEvent.get(event) ?? []) {
        const result = await post(event, JSON.stringify(payload));
        expect(result.status, `${event} ${String(payload.action)}`).toBe(202);
        expect(result.body.status).toBe('queued');
        posted++;
      }
    }
    expect(await count('raw.webhook_deliveries')).toBe(posted);
    await settled();
    const statuses = await db.pool.query(
      'SELECT status, count(*)::int AS n FROM raw.webhook_deliveries GROUP BY status',
    );
    const failures = await db.pool.query(
      "SELECT event, action, error FROM raw.webhook_deliveries WHERE status = 'failed'",
    );
    expect(failures.rows).toEqual([]);
    expect(statuses.rows).toEqual([{ status: 'processed', n: posted }]);

    const pulls = (byEvent.get('pull_request') ?? []).map((p) => {
      const payload = p as { repository: { id: number }; pull_request: { number: number } };
      return `${payload.repository.id}#${payload.pull_request.number}`;
    });
    const reviewPulls = (byEvent.get('pull_request_review') ?? []).map((p) => {
      const payload = p as { repository: { id: number }; pull_request: { number: number } };
      return `${payload.repository.id}#${payload.pull_request.number}`;
    });
    expect(await count('warehouse.pull_requests')).toBe(new Set([...pulls, ...reviewPulls]).size);
    expect(await count('warehouse.pipeline_runs')).toBe(new Set([...pulls, ...reviewPulls]).size);
    const opened = (byEvent.get('pull_request') ?? []).filter((p) =>
      ['opened', 'reopened', 'synchronize', 'edited', 'ready_for_review'].includes(String(p.action)),
    );
    expect(await count('warehouse.insights')).toBeGreaterThan(0);
    expect(await count('warehouse.insights')).toBeLessThanOrEqual(opened.length);

    // An approving review drives status_approval; a merged PR drives status_merge.
    const approved = (byEvent.get('pull_request_review') ?? []).find(
      (p) => p.action === 'submitted' && (p as { review: { state: string } }).review.state === 'approved',
    ) as { repository: { id: number }; pull_request: { number: number } } | undefined;
    if (approved) {
      const { rows } = await db.pool.query(
        `SELECT pr.status_approval FROM warehouse.pipeline_runs pr JOIN warehouse.repositories r ON r.id = pr.repo_id
         WHERE r.github_id = $1 AND pr.pr_number = $2`,
        [approved.repository.id, approved.pull_request.number],
      );
      expect(rows[0].status_approval).toBe('passed');
    }
    const merged = await db.pool.query(
      "SELECT count(*)::int AS n FROM warehouse.pipeline_runs WHERE status_merge = 'merged'",
    );
    const mergedExamples = (byEvent.get('pull_request') ?? []).filter(
      (p) => (p as { pull_request: { merged_at: string | null } }).pull_request.merged_at,
    );
    expect(merged.rows[0].n > 0).toBe(mergedExamples.length > 0);

    const prs = await app.inject({ method: 'GET', url: '/api/prs' });
    expect(prs.json().items.length).toBe(await count('warehouse.pull_requests'));
  });

  it('a redelivery is stored once and answered 200', async () => {
    const payload = JSON.stringify(byEvent.get('push')?.[0]);
    const first = await post('push', payload);
    const again = await post('push', payload, { id: first.id });
    expect(again).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    const { rows } = await db.pool.query(
      'SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE delivery_id = $1',
      [first.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('deliveries stored together keep their arrival order; a repeated id is stored once; a jsonb refusal stores each alone', async () => {
    const delivery = (id: string, body: string) => ({
      deliveryId: id,
      event: 'star',
      action: null,
      headers: {},
      rawBody: body,
      status: 'ignored' as const,
    });
    const first = await storeWebhookDeliveries(db.pool, [
      delivery('batch-b', '{"n":1}'),
      delivery('batch-a', '{"n":2}'),
      delivery('batch-b', '{"n":3}'),
    ]);
    expect(first).toEqual([
      { inserted: true, status: 'ignored' },
      { inserted: true, status: 'ignored' },
      { inserted: false, status: 'ignored' },
    ]);
    const order = await db.pool.query(
      "SELECT delivery_id, payload FROM raw.webhook_deliveries WHERE delivery_id LIKE 'batch-%' ORDER BY id",
    );
    expect(order.rows).toEqual([
      { delivery_id: 'batch-b', payload: { n: 1 } },
      { delivery_id: 'batch-a', payload: { n: 2 } },
    ]);
    const second = await storeWebhookDeliveries(db.pool, [
      delivery('batch-a', '{"n":4}'),
      delivery('batch-nul', '{"text":"a\\u0000b"}'),
    ]);
    expect(second).toEqual([
      { inserted: false, status: 'ignored' },
      { inserted: true, status: 'ignored' },
    ]);
    const nul = await db.pool.query(
      "SELECT payload, raw_body FROM raw.webhook_deliveries WHERE delivery_id = 'batch-nul'",
    );
    expect(nul.rows).toEqual([{ payload: null, raw_body: '{"text":"a\\u0000b"}' }]);
  });

  it('bad or missing signature: 401 and nothing stored', async () => {
    const before = await count('raw.webhook_deliveries');
    const body = JSON.stringify(byEvent.get('push')?.[0]);
    expect((await post('push', body, { signature: await sign('another-secret', body) })).status).toBe(401);
    expect((await post('push', body, { signature: null })).status).toBe(401);
    expect((await post('push', `${body} `, { signature: await sign(SECRET, body) })).status).toBe(401);
    expect(await count('raw.webhook_deliveries')).toBe(before);
  });

  it('malformed JSON: 400; over 25 MB: 413; unknown event: stored, 202, ignored', async () => {
    expect((await post('push', '{"not json')).status).toBe(400);
    const huge = JSON.stringify({ blob: 'x'.repeat(26 * 1024 * 1024) });
    expect((await post('push', huge, { signature: 'sha256=00' })).status).toBe(413);
    const watch = await post('watch', JSON.stringify({ action: 'started', repository: { id: 1 } }));
    expect(watch).toMatchObject({ status: 202, body: { status: 'ignored', event: 'watch' } });
    const { rows } = await db.pool.query(
      'SELECT status, event FROM raw.webhook_deliveries WHERE delivery_id = $1',
      [watch.id],
    );
    expect(rows[0]).toEqual({ status: 'ignored', event: 'watch' });
  });

  it('a failing handler keeps the delivery, marked failed, and `webhooks replay --failed` processes it once fixed', async () => {
    const broken = { ...(byEvent.get('pull_request')?.[0] as object), pull_request: null };
    const result = await post('pull_request', JSON.stringify(broken));
    expect(result.status).toBe(202);
    for (let i = 0; i < 100; i++) {
      const { rows } = await db.pool.query(
        'SELECT status FROM raw.webhook_deliveries WHERE delivery_id = $1',
        [result.id],
      );
      if (rows[0].status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const failed = await db.pool.query(
      'SELECT status, error, payload FROM raw.webhook_deliveries WHERE delivery_id = $1',
      [result.id],
    );
    expect(failed.rows[0].status).toBe('failed');
    expect(failed.rows[0].error).toMatch(/null|undefined/);
    // Repair the stored payload (as an operator would after fixing a bug), then replay.
    await db.pool.query('UPDATE raw.webhook_deliveries SET payload = $2::jsonb WHERE delivery_id = $1', [
      result.id,
      JSON.stringify(byEvent.get('pull_request')?.[0]),
    ]);
    const replay = await runCli(['webhooks', 'replay', '--failed'], { DATABASE_URL: db.url });
    expect(replay.stdout).toBe('1 deliveries replayed: 1 processed, 0 ignored, 0 failed\n');
    const fixed = await db.pool.query('SELECT status FROM raw.webhook_deliveries WHERE delivery_id = $1', [
      result.id,
    ]);
    expect(fixed.rows[0].status).toBe('processed');
  });

  it('polling API: unprocessed insights, acknowledged with API_TOKEN', async () => {
    const open = (await app.inject({ method: 'GET', url: '/api/insights?processed=false' })).json().items;
    expect(open.length).toBeGreaterThan(0);
    const id = open[0].id;
    const anonymous = await app.inject({ method: 'POST', url: `/api/insights/${id}/ack` });
    expect(anonymous.statusCode).toBe(401);
    const ack = await app.inject({
      method: 'POST',
      url: `/api/insights/${id}/ack`,
      headers: { authorization: `Bearer ${API_TOKEN}` },
    });
    expect(ack.json()).toEqual({ id, processed: true });
    const after = (await app.inject({ method: 'GET', url: '/api/insights?processed=false' })).json().items;
    expect(after.map((i: { id: string }) => i.id)).not.toContain(id);
  });
});
