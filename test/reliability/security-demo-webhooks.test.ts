import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { freePort } from '../support/free-port.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { identityBeside, testHome } from '../support/run-cli.ts';

const BIN = fileURLToPath(new URL('../../bin/gitpulse.mjs', import.meta.url));
let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

/** serve in demo mode (no token, no secret) on `host`; posts one unsigned delivery and returns its status. */
async function unsignedDeliveryOn(host: string): Promise<{ status: number; stderr: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--host', host, '--port', String(port), '--no-scheduler'],
    {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        IDENTITY_DATABASE_URL: await identityBeside(db.url),
        GITPULSE_HOME: testHome(),
        LOG_LEVEL: 'warn',
        GITHUB_TOKEN: '',
        GITHUB_WEBHOOK_SECRET: '',
      },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  try {
    await once(child.stdout, 'data');
    const response = await fetch(`http://127.0.0.1:${port}/webhooks/github`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'ping',
        'x-github-delivery': `forged-${host}`,
      },
      body: JSON.stringify({ zen: 'forged', repository: { full_name: 'kubernetes/kubernetes' } }),
    });
    return { status: response.status, stderr };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

describe('security: demo mode webhooks', () => {
  it('refuses unsigned deliveries when serve listens beyond loopback, and says why', async () => {
    const open = await unsignedDeliveryOn('0.0.0.0');
    expect(open.status).toBe(401);
    expect(open.stderr).toContain(
      'unsigned demo webhooks are accepted on a loopback --host only, not 0.0.0.0',
    );
    const stored = await db.pool.query(
      "SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE delivery_id = 'forged-0.0.0.0'",
    );
    expect(stored.rows[0].n).toBe(0);
  });

  it('accepts them on a loopback bind, where only this machine can post', async () => {
    const local = await unsignedDeliveryOn('127.0.0.1');
    expect(local.status).toBe(202);
  });
});
