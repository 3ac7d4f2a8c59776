import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, signInFailure, startEmbeddedServer } from '../../src/db/embedded-server.ts';
import { freePort } from '../support/free-port.ts';

const MARKER = `secret-marker-${Date.now()}`;
const logger = pino({ level: 'silent' });
const homes: string[] = [];
const servers: EmbeddedServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop().catch(() => {});
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

async function start(home: string) {
  const port = await freePort();
  const saved = process.env.GITHUB_TOKEN;
  process.env.GITHUB_TOKEN = MARKER; // what gitpulse's own environment holds
  try {
    const server = await startEmbeddedServer({ home, port, logger });
    servers.push(server);
    return { server, port };
  } finally {
    if (saved === undefined) delete process.env.GITHUB_TOKEN;
    else process.env.GITHUB_TOKEN = saved;
  }
}

describe('security: the embedded PostgreSQL', () => {
  it('has a generated password in a 0600 file, listens on loopback, and does not hand gitpulse secrets to the server', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gitpulse-security-'));
    homes.push(home);
    const { server, port } = await start(home);
    const passwordFile = join(home, 'pg-password');
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(password).not.toBe('gitpulse');
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(
      (await signInFailure(`postgres://postgres:gitpulse@127.0.0.1:${port}/postgres`, 30_000))?.code,
    ).toBe('28P01');
    expect(server.url).toContain(encodeURIComponent(password));

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      expect((await client.query('SHOW listen_addresses')).rows[0].listen_addresses).toBe('127.0.0.1');
      // What a superuser sees of the server's environment.
      await client.query('CREATE TEMP TABLE env_seen (line text)');
      await client.query("COPY env_seen FROM PROGRAM 'env'");
      const env = (await client.query<{ line: string }>('SELECT line FROM env_seen')).rows.map((r) => r.line);
      expect(env.length).toBeGreaterThan(0);
      expect(env.filter((line) => line.includes(MARKER))).toEqual([]);
      expect(env.filter((line) => line.startsWith('GITHUB_TOKEN='))).toEqual([]);
    } finally {
      await client.end();
    }
    expect(process.env.GITHUB_TOKEN).not.toBe(MARKER); // gitpulse's own environment is back as it was
  });

  it('replaces the fixed password of a data directory made before passwords were generated', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gitpulse-security-legacy-'));
    homes.push(home);
    // Initialise with the old fixed password, then forget the file, as an old gitpulse left it.
    writeFileSync(join(home, 'pg-password'), 'gitpulse\n', { mode: 0o600 });
    const first = await start(home);
    await first.server.stop();
    rmSync(join(home, 'pg-password'));

    const { server, port } = await start(home);
    const password = readFileSync(join(home, 'pg-password'), 'utf8').trim();
    expect(password).not.toBe('gitpulse');
    expect(
      (await signInFailure(`postgres://postgres:gitpulse@127.0.0.1:${port}/postgres`, 30_000))?.code,
    ).toBe('28P01');
    expect(await signInFailure(server.url, 30_000)).toBeNull();
  });
});
