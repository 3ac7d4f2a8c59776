import pg from 'pg';
import { ping } from '../db/ping.ts';
import { sqlFile } from '../sql/sql-file.ts';
import { UserFacingError } from '../user-facing-error.ts';

const TRY_LOCK = sqlFile(import.meta.url, 'try-pipeline-lock.sql');
const FIND_HOLDER = sqlFile(import.meta.url, 'find-pipeline-lock-holder.sql');
const RELEASE_LOCK = sqlFile(import.meta.url, 'release-pipeline-lock.sql');

const PIPELINE_LOCK_KEY = 7_347_101_002;

export interface PipelineLock {
  /** Throws when the lock's connection was lost (the lock with it). */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

/**
 * One pipeline run at a time per database: a session advisory lock on a
 * connection of its own. That connection runs no statement while GitHub is
 * being read; it only holds the lock, and is checked before the write phase.
 */
export async function acquirePipelineLock(url: string): Promise<PipelineLock> {
  const client = new pg.Client({ connectionString: url, application_name: 'gitpulse-pipeline-lock' });
  client.on('error', () => {});
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>(TRY_LOCK, [PIPELINE_LOCK_KEY]);
  if (!rows[0]?.locked) {
    const holder = await client.query<{ since: Date | null }>(FIND_HOLDER, [PIPELINE_LOCK_KEY]);
    await client.end();
    const since = holder.rows[0]?.since;
    throw new UserFacingError(
      `Another gitpulse pipeline run is in progress${since ? ` (since ${since.toISOString()})` : ''}; this one did not start.`,
      'Wait for it to finish (gitpulse status shows the last runs), then run again.',
    );
  }
  return {
    assertHeld: async () => {
      try {
        await ping(client);
      } catch (error) {
        throw new Error(`lost the pipeline lock's connection: ${(error as Error).message}`);
      }
    },
    release: async () => {
      await client.query(RELEASE_LOCK, [PIPELINE_LOCK_KEY]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
