import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { freePort } from '../support/free-port.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { whileCliRuns } from '../support/run-cli.ts';

const SECRET = 'crash-test-secret';
const [opened, synchronized] =
  (
    createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: object[] }[]
  ).find((e) => e.name === 'pull_request')?.examples ?? [];
let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

/** A delivery stored as `received` and never queued: what a serve killed between the two left behind. */
const storedButNeverQueued = (id: string, payload: object | undefined) =>
  db.pool.query(
    "INSERT INTO raw.webhook_deliveries (delivery_id, event, action, payload, status) VALUES ($1, 'pull_request', 'opened', $2, 'received')",
    [id, JSON.stringify(payload)],
  );

const statusOf = async (id: string) =>
  (await db.pool.query('SELECT status FROM raw.webhook_deliveries WHERE delivery_id = $1', [id])).rows[0]
    ?.status;

async function waitForStatus(id: string, status: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && (await statusOf(id)) !== status)
    await new Promise((r) => setTimeout(r, 200));
  return statusOf(id);
}

describe('crash: webhooks answered 2xx but never processed', () => {
  it('are queued again when serve starts, and on a redelivery of one still unprocessed', async () => {
    await storedButNeverQueued('crash-1', opened);
    const port = await freePort();
    const env = { DATABASE_URL: db.url, GITHUB_WEBHOOK_SECRET: SECRET };
    await whileCliRuns(['serve', '--port', String(port), '--no-scheduler'], env, async () => {
      expect(await waitForStatus('crash-1', 'processed')).toBe('processed');

      // Stored while this server runs, never queued; GitHub redelivers it.
      await storedButNeverQueued('crash-2', synchronized);
      const body = JSON.stringify(synchronized);
      const response = await fetch(`http://127.0.0.1:${port}/webhooks/github`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'pull_request',
          'x-github-delivery': 'crash-2',
          'x-hub-signature-256': await sign(SECRET, body),
        },
        body,
      });
      expect(response.status).toBe(200);
      expect(await waitForStatus('crash-2', 'processed')).toBe('processed');
    });
  }, 90_000);
});
