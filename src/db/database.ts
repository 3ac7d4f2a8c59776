import pg from 'pg';
import type { Env } from '../config/env-schema.ts';
import type { Logger } from '../log/logger.ts';
import { redactUrl } from '../log/redact-url.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { startEmbeddedServer } from './embedded-server.ts';

/*
 * How a gitpulse pool's rows come back, set on each pool rather than on pg
 * for the whole process (which would reach the job queue's pool): BIGINT and
 * NUMERIC as numbers (our counts fit in a double), DATE as its 'YYYY-MM-DD'
 * text (a calendar day, not an instant in a timezone). The generated SQL types
 * assume these (scripts/gen-sql.ts), in the warehouse and the identity database alike.
 */
/** An array of numbers from pg's parser of that array type (which gives their texts); NULLs stay. */
const numbersOf = (arrayOid: number) => {
  const texts = pg.types.getTypeParser(arrayOid, 'text') as (value: string) => (string | null)[];
  return (value: string) => texts(value).map((item) => (item === null ? null : Number(item)));
};
const TEXT_PARSERS = new Map<number, (value: string) => unknown>([
  [pg.types.builtins.INT8, Number],
  [pg.types.builtins.NUMERIC, Number],
  [pg.types.builtins.DATE, (value) => value],
  // their arrays too (BIGINT[] 1016, NUMERIC[] 1231), which the generated types call number[]
  [1016, numbersOf(1016)],
  [1231, numbersOf(1231)],
]);
export const valueParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format !== 'binary' && TEXT_PARSERS.get(oid)) ||
    pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

declare const reaches: unique symbol;
/**
 * A pool or connection that says which database it reaches. gitpulse keeps
 * two PostgreSQL databases (the warehouse; users in an identity database of
 * their own) that never share a handle: a function over the warehouse takes
 * `Queryable`, and the identity database's handles do not fit it.
 */
export type HandleOf<Name extends string, T> = T & { readonly [reaches]: Name };
export type WarehousePool = HandleOf<'warehouse', pg.Pool>;
export type WarehouseClient = HandleOf<'warehouse', pg.PoolClient>;
/** What a warehouse statement runs on: its pool, or one of its connections (a transaction). */
export type Queryable = WarehousePool | WarehouseClient;
/** Either database's handle, for what reads only the catalog (row counts per table). */
export type AnyQueryable = HandleOf<string, pg.Pool> | HandleOf<string, pg.PoolClient>;

/** The one door to a PostgreSQL database: every module reaches it through this. */
export interface Database<Name extends string = 'warehouse'> {
  readonly pool: HandleOf<Name, pg.Pool>;
  readonly url: string;
  readonly embedded: boolean;
  /** Runs fn in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (client: HandleOf<Name, pg.PoolClient>) => Promise<T>): Promise<T>;
  /** Holds one connection for fn (session-level locks, COPY streams). */
  withClient<T>(fn: (client: HandleOf<Name, pg.PoolClient>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A pool on `url` that says which database it reaches (the warehouse unless told). */
export function databaseFromUrl<Name extends string = 'warehouse'>(
  url: string,
  opts: { embedded?: boolean; onClose?: () => Promise<void> } = {},
): Database<Name> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    application_name: 'gitpulse',
    types: valueParsers,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  type Client = HandleOf<Name, pg.PoolClient>;
  const withClient = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
    const client = (await pool.connect()) as Client;
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
  const database: Database<Name> = {
    pool: pool as HandleOf<Name, pg.Pool>,
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
    const server = await startEmbeddedServer({
      home: env.GITPULSE_HOME,
      port: env.GITPULSE_PG_PORT,
      logger,
      settings: env.GITPULSE_PG_SETTINGS,
    });
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
