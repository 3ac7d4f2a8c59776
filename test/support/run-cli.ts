import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabaseIfMissing } from '../../src/db/create-database-if-missing.ts';

const BIN = fileURLToPath(new URL('../../bin/gitpulse.mjs', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let home: string | undefined;
/** A GITPULSE_HOME of this test file's own, so no test writes under the checkout's ./.gitpulse. */
export const testHome = () => {
  home ??= mkdtempSync(join(tmpdir(), 'gitpulse-home-'));
  return home;
};

/**
 * A test's own identity database beside its warehouse (`<name>_identity`):
 * otherwise every test file on the shared test server would share
 * gitpulse_identity, and one file's `db reset` would pull it from under another's serve.
 */
export async function identityBeside(databaseUrl: string): Promise<string> {
  const url = new URL(databaseUrl);
  const name = `${url.pathname.replace(/^\//, '')}_identity`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await createDatabaseIfMissing(client, name);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The environment a `gitpulse` child runs with: this file's GITPULSE_HOME, warnings only,
 * and, beside a DATABASE_URL, an identity database of its own (undefined values unset).
 */
export async function cliEnv(env: Record<string, string | undefined> = {}): Promise<NodeJS.ProcessEnv> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    GITPULSE_HOME: testHome(),
    ...env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  if (env.DATABASE_URL && !('IDENTITY_DATABASE_URL' in env)) {
    // an unreachable DATABASE_URL is the command's to report, not this helper's
    const identity = await identityBeside(env.DATABASE_URL).catch(() => undefined);
    if (identity) childEnv.IDENTITY_DATABASE_URL = identity;
  }
  return childEnv;
}

/** Runs the real `gitpulse` bin in a child process, as a user would. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd?: string,
): Promise<CliResult> {
  const childEnv = await cliEnv(env);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      // A hang guard: a three-day `start` with its star history backfill took over 120 s on a loaded 2-core machine.
      { env: childEnv, cwd, timeout: 170_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs the real `gitpulse` bin in the background (a server: `serve`, `github-replay`),
 * waits for the first chunk it writes to stdout (the servers print their address
 * first, in one write), hands it to `use`, then stops it with `stopWith` and waits
 * for it to exit, whatever `use` did.
 */
export async function whileCliRuns<T>(
  args: string[],
  env: Record<string, string | undefined>,
  use: (firstOutput: string) => Promise<T>,
  stopWith: NodeJS.Signals = 'SIGTERM',
): Promise<T> {
  const child = spawn(process.execPath, [BIN, ...args], { env: await cliEnv(env) });
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    return await use(chunk.toString());
  } finally {
    child.kill(stopWith);
    await once(child, 'exit');
  }
}
