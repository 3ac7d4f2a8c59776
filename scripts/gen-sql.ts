/**
 * `npm run gen:sql`: the types of every statement in a .sql file under src/,
 * read from a freshly migrated PostgreSQL by pgtyped (seed 003's `just gen`)
 * and written beside the file as NAME.queries.ts. With `--check`, fails when
 * the committed files differ from what the SQL gives (CI runs it).
 *
 * The database is GEN_DATABASE_URL's server when set, else an embedded server
 * in a temp dir; either way a new database that is dropped afterwards.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { databaseFromUrl } from '../src/db/database.ts';
import { startEmbeddedServer } from '../src/db/embedded-server.ts';
import { applyMigrations } from '../src/db/migrations/apply-migrations.ts';
import { freePort } from '../test/support/free-port.ts';

const check = process.argv.includes('--check');
const home = mkdtempSync(join(tmpdir(), 'gitpulse-gen-sql-'));
const server = process.env.GEN_DATABASE_URL
  ? undefined
  : await startEmbeddedServer({
      home,
      port: await freePort(),
      logger: pino({ level: 'silent' }),
      database: 'postgres',
    });
const adminUrl = process.env.GEN_DATABASE_URL ?? (server as NonNullable<typeof server>).url;
const name = `gitpulse_gen_${randomBytes(6).toString('hex')}`;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
let status = 1;
try {
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = databaseFromUrl(url.toString());
  await applyMigrations(database);
  await database.close();
  const run = spawnSync('npx', ['pgtyped', '-c', 'pgtyped.config.json'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url.toString() },
  });
  status = run.status ?? 1;
  if (status === 0 && check) {
    const diff = spawnSync('git', ['status', '--porcelain', '--', 'src/**/*.queries.ts'], {
      encoding: 'utf8',
    });
    if (diff.stdout.trim()) {
      console.error(
        `gen:sql: these generated files differ from the SQL; run npm run gen:sql and commit them:\n${diff.stdout}`,
      );
      status = 1;
    }
  }
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await server?.stop();
  rmSync(home, { recursive: true, force: true });
}
process.exit(status);
