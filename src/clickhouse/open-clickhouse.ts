import { join, resolve } from 'node:path';
import type { Config } from '../config/config-schema.ts';
import type { Env } from '../config/env-schema.ts';
import type { Logger } from '../log/logger.ts';
import { applyClickHouseMigrations } from './apply-clickhouse-migrations.ts';
import { openChdb } from './chdb-connection.ts';
import type { ClickHouse } from './clickhouse-connection.ts';
import { connectClickHouseServer } from './server-connection.ts';

/**
 * CLICKHOUSE_URL when set (with config events.cluster, the cluster layout);
 * otherwise the embedded chDB under $GITPULSE_HOME/clickhouse. Pending
 * ClickHouse migrations are applied before it is returned, like openDatabase.
 */
export async function openClickHouse(env: Env, config: Config, logger: Logger): Promise<ClickHouse> {
  const clickhouse = env.CLICKHOUSE_URL
    ? connectClickHouseServer(env.CLICKHOUSE_URL, config.events.cluster)
    : await openChdb(resolve(join(env.GITPULSE_HOME, 'clickhouse')));
  try {
    const applied = await applyClickHouseMigrations(clickhouse);
    if (applied.length > 0)
      logger.info(
        { migrations: applied.map((m) => m.name) },
        `events store: applied ${applied.length} migration(s)`,
      );
  } catch (error) {
    await clickhouse.close().catch(() => {});
    throw error;
  }
  return clickhouse;
}
