import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Points where the guarantee tests stop a run on purpose:
 * GITPULSE_TEST_PAUSE_AT=<point> holds the process there (to be killed -9),
 * GITPULSE_TEST_FAIL_AT=<point> throws there. Points: 'collect', 'write:<step>'.
 * Unset in normal use: both checks are a string comparison.
 */
export async function testHook(point: string): Promise<void> {
  if (process.env.GITPULSE_TEST_FAIL_AT === point) throw new Error(`test hook: failing at ${point}`);
  if (process.env.GITPULSE_TEST_PAUSE_AT === point) {
    process.stderr.write(`test hook: paused at ${point}\n`);
    await sleep(120_000);
  }
}
