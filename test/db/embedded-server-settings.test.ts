import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config/env-schema.ts';
import { type EmbeddedServer, startEmbeddedServer, warehouseSettings } from '../../src/db/embedded-server.ts';
import { freePort } from '../support/free-port.ts';

const home = mkdtempSync(join(tmpdir(), 'gitpulse-settings-'));
let server: EmbeddedServer | undefined;
afterAll(async () => {
  await server?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('the embedded PostgreSQL sized as a warehouse', () => {
  it('scales memory with the machine, within bounds', () => {
    const gib = 2 ** 30;
    expect(warehouseSettings(1 * gib)).toMatchObject({ shared_buffers: '128MB', work_mem: '4MB' });
    expect(warehouseSettings(8 * gib)).toMatchObject({ shared_buffers: '1024MB', work_mem: '32MB' });
    expect(warehouseSettings(64 * gib)).toMatchObject({ shared_buffers: '2048MB', work_mem: '64MB' });
  });

  it('starts with those settings, GITPULSE_PG_SETTINGS over them, and still only on loopback', async () => {
    const env = envSchema.parse({ GITPULSE_PG_SETTINGS: 'work_mem=48MB, max_wal_size=2GB' });
    server = await startEmbeddedServer({
      home,
      port: await freePort(),
      logger: pino({ level: 'silent' }),
      settings: { ...env.GITPULSE_PG_SETTINGS, listen_addresses: '*' },
    });
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const bytes = async (name: string) =>
        Number((await client.query('SELECT pg_size_bytes(current_setting($1)) AS b', [name])).rows[0].b);
      const expected = warehouseSettings(totalmem());
      expect(await bytes('shared_buffers')).toBe(
        Number((await client.query('SELECT pg_size_bytes($1) AS b', [expected.shared_buffers])).rows[0].b),
      );
      expect(await bytes('work_mem')).toBe(48 * 2 ** 20);
      expect(await bytes('max_wal_size')).toBe(2 * 2 ** 30);
      expect((await client.query('SHOW listen_addresses')).rows[0].listen_addresses).toBe('127.0.0.1');
    } finally {
      await client.end();
    }
  });

  it('refuses a setting that is not name=value, naming it', () => {
    const parsed = envSchema.safeParse({ GITPULSE_PG_SETTINGS: 'work_mem=48MB shared_buffers' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('"shared_buffers" is not name=value');
  });

  it('defaults to a port below the ephemeral range an outgoing connection may briefly hold', () => {
    expect(envSchema.parse({}).GITPULSE_PG_PORT).toBeLessThan(32768);
  });
});
