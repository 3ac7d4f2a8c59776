import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedServer } from '../../src/db/embedded-server.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One real PostgreSQL per test run: TEST_DATABASE_URL when set (CI also runs
 * Debian's PostgreSQL 15 that way), else the embedded server in a temp dir.
 * Test files create their own databases on it (fresh-database.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const home = mkdtempSync(join(tmpdir(), 'gitpulse-test-pg-'));
  const server = await startEmbeddedServer({
    home,
    port: await freePort(),
    logger: pino({ level: 'silent' }),
    database: 'postgres',
  });
  project.provide('adminDatabaseUrl', server.url);
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
