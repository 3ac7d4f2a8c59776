import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PAUSED_INGEST = fileURLToPath(new URL('./paused-ingest.ts', import.meta.url));

/**
 * Starts an ingest of `date` in its own process (paused-ingest.ts), waits until
 * it pauses at task `point` ('collect', 'write:model_warehouse'), then kills it
 * with SIGKILL, as a crash or an operator would.
 */
export async function killIngestPausedAt(options: {
  configPath: string;
  date: string;
  point: string;
  env: Record<string, string>;
}): Promise<void> {
  const { configPath, date, point } = options;
  const child = spawn(process.execPath, ['--import', 'tsx', PAUSED_INGEST, configPath, date, point], {
    env: { ...process.env, ...options.env, GITHUB_TOKEN: '', LOG_LEVEL: 'warn' },
  });
  await new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`paused at ${point}`)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`ingest exited (${code}) before pausing: ${stderr}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));
}
