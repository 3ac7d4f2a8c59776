import pg from 'pg';
import { ping } from '../db/ping.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { findPipelineLockHolderSql } from './find-pipeline-lock-holder.queries.ts';
import { releasePipelineLockSql } from './release-pipeline-lock.queries.ts';
import { tryPipelineLockSql } from './try-pipeline-lock.queries.ts';

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
  const [lock] = await tryPipelineLockSql.run({ lockKey: PIPELINE_LOCK_KEY }, client);
  if (!lock?.locked) {
    const [holder] = await findPipelineLockHolderSql.run({ lockKey: PIPELINE_LOCK_KEY }, client);
    await client.end();
    const since = holder?.since;
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
      await releasePipelineLockSql.run({ lockKey: PIPELINE_LOCK_KEY }, client).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
