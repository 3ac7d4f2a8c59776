import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import { openClickHouse } from '../clickhouse/open-clickhouse.ts';
import type { UserFacingError } from '../user-facing-error.ts';
import type { CommandContext } from './command-context.ts';

/**
 * The events store for a command that goes on without it (serve, start,
 * migrate): undefined when chdb is not installed or another process holds the
 * embedded store, with a warning naming the reason and what is skipped.
 */
export async function openEventsStoreOrWarn(
  { env, config, logger }: CommandContext,
  withoutIt: string,
): Promise<ClickHouse | undefined> {
  try {
    return await openClickHouse(env, config, logger);
  } catch (error) {
    logger.warn(
      { err: (error as Error).message, hint: (error as UserFacingError).hint },
      `events store unavailable: ${withoutIt}`,
    );
    return undefined;
  }
}
