import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { type Database, databaseFromUrl } from '../src/db/database.ts';
import { startEmbeddedServer } from '../src/db/embedded-server.ts';
import { applyMigrations } from '../src/db/migrations/apply-migrations.ts';

/**
 * A PostgreSQL server for a benchmark: BENCH_DATABASE_URL when set, else the
 * embedded one in a temp dir. freshDatabase(name) gives a migrated database.
 */
export async function startBenchServer() {
  const home = mkdtempSync(join(tmpdir(), 'gitpulse-bench-'));
  const server = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedServer({
        home,
        port: 54400 + Math.floor(Math.random() * 1000),
        logger: pino({ level: 'silent' }),
        database: 'postgres',
      });
  return {
    home,
    async freshDatabase(name: string): Promise<Database> {
      const admin = databaseFromUrl(server.url);
      await admin.pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.pool.query(`CREATE DATABASE ${name}`);
      await admin.close();
      const url = new URL(server.url);
      url.pathname = `/${name}`;
      const db = databaseFromUrl(url.toString());
      await applyMigrations(db);
      return db;
    },
    async stop() {
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
