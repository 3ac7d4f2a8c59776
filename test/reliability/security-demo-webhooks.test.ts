import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { freePort } from '../support/free-port.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { cliEnv, runCli } from '../support/run-cli.ts';

const BIN = fileURLToPath(new URL('../../bin/gitpulse.mjs', import.meta.url));
let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

/** A config that signs people in with GitHub: what serving beyond loopback takes. */
const githubMode = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'gitpulse-auth-')), 'gitpulse.config.yaml');
  writeFileSync(path, 'auth:\n  mode: github\n  allowed_orgs: [gitpulse-demo]\n');
  return path;
};

/**
 * serve in demo mode (no GitHub token, no webhook secret) on `host`; posts one
 * unsigned delivery and returns its status. Beyond loopback it signs people in
 * with GitHub (local mode is refused there).
 */
async function unsignedDeliveryOn(host: string): Promise<{ status: number; stderr: string }> {
  const port = await freePort();
  const beyondLoopback = host !== '127.0.0.1';
  const child = spawn(
    process.execPath,
    [
      BIN,
      ...(beyondLoopback ? ['--config', githubMode()] : []),
      'serve',
      '--host',
      host,
      '--port',
      String(port),
      '--no-scheduler',
    ],
    {
      env: {
        ...(await cliEnv({ DATABASE_URL: db.url })),
        GITHUB_TOKEN: '',
        GITHUB_WEBHOOK_SECRET: '',
        GITHUB_OAUTH_CLIENT_ID: beyondLoopback ? 'client-id' : '',
        GITHUB_OAUTH_CLIENT_SECRET: beyondLoopback ? 'client-secret' : '',
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

  it('serve refuses auth.mode local beyond loopback (everyone reaching it would be its admin), exit 2 naming the fix', async () => {
    const result = await runCli(
      ['serve', '--host', '0.0.0.0', '--port', String(await freePort()), '--no-scheduler'],
      {
        DATABASE_URL: db.url,
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('auth.mode local serves everyone who reaches 0.0.0.0 as its admin');
    expect(result.stderr).toContain('auth.mode: github');
  });

  it('accepts them on a loopback bind, where only this machine can post', async () => {
    const local = await unsignedDeliveryOn('127.0.0.1');
    expect(local.status).toBe(202);
  });
});
