import pg from 'pg';
import type { Env } from '../config/env-schema.ts';
import type { Logger } from '../log/logger.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { startEmbeddedServer } from './embedded-server.ts';

// BIGINT and NUMERIC arrive as strings by default; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
// DATE stays 'YYYY-MM-DD': a calendar day, not an instant in a timezone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Queryable = pg.Pool | pg.PoolClient;

/** The one door to PostgreSQL: every module reaches the database through this. */
export interface Database {
  readonly pool: pg.Pool;
  readonly url: string;
  readonly embedded: boolean;
  /** Runs fn in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /** Holds one connection for fn (session-level locks, COPY streams). */
  withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function databaseFromUrl(
  url: string,
  opts: { embedded?: boolean; onClose?: () => Promise<void> } = {},
) {
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: 'gitpulse' });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const withClient = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // pg-pool listens for a client's 'error' only while it is idle: a checked-out
    // client whose server goes away (terminated backend, failover, restart) would
    // emit an unhandled 'error' and end the process. The next query on it fails
    // instead, and the broken client is destroyed rather than returned to the pool.
    let lost: Error | undefined;
    const onError = (error: Error) => {
      lost = error;
    };
    client.on('error', onError);
    try {
      return await fn(client);
    } finally {
      client.removeListener('error', onError);
      client.release(lost);
    }
  };
  const database: Database = {
    pool,
    url,
    embedded: opts.embedded ?? false,
    withClient,
    transaction: (fn) =>
      withClient(async (client) => {
        await client.query('BEGIN');
        try {
          const result = await fn(client);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        }
      }),
    close: async () => {
      await pool.end();
      await opts.onClose?.();
    },
  };
  return database;
}

/**
 * DATABASE_URL when set; otherwise the embedded server under GITPULSE_HOME.
 * Checks the connection and the server version (15 or newer) before returning.
 */
export async function openDatabase(env: Env, logger: Logger): Promise<Database> {
  let database: Database;
  if (env.DATABASE_URL) {
    database = databaseFromUrl(env.DATABASE_URL);
  } else {
    const server = await startEmbeddedServer({ home: env.GITPULSE_HOME, port: env.GITPULSE_PG_PORT, logger });
    database = databaseFromUrl(server.url, { embedded: true, onClose: server.stop });
  }
  try {
    const { rows } = await database.pool.query<{ version: number }>(
      "SELECT current_setting('server_version_num')::int AS version",
    );
    const version = rows[0]?.version ?? 0;
    if (version < 150000) {
      throw new UserFacingError(
        `PostgreSQL ${Math.floor(version / 10000)} is too old; gitpulse needs 15 or newer.`,
        'Point DATABASE_URL at PostgreSQL 15+, or unset it to use the embedded server.',
        2,
      );
    }
  } catch (error) {
    await database.close().catch(() => {});
    if (error instanceof UserFacingError) throw error;
    const where = env.DATABASE_URL ? redactUrl(env.DATABASE_URL) : 'the embedded server';
    throw new UserFacingError(
      `Cannot connect to PostgreSQL at ${where}: ${(error as Error).message}`,
      env.DATABASE_URL
        ? 'Check that the server runs and DATABASE_URL is right, or unset DATABASE_URL to use the embedded server.'
        : `Check GITPULSE_HOME (${env.GITPULSE_HOME}) is writable and port ${env.GITPULSE_PG_PORT} is free (GITPULSE_PG_PORT).`,
    );
  }
  return database;
}

/**
 * The URL without its password, for messages and logs. Parsed as a URL, so a
 * raw '@' inside the password is still hidden; what does not parse is cut at
 * the last '@' of its authority.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^/]*@/, '//$1:***@');
  }
}
