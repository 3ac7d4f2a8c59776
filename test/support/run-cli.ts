import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Runs the real `gitpulse` bin in a child process, as a user would. */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd?: string,
): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    GITPULSE_HOME: testHome(),
    ...env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
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
