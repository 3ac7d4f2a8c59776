import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyClickHouseMigrations } from '../../src/clickhouse/apply-clickhouse-migrations.ts';
import { openChdb } from '../../src/clickhouse/chdb-connection.ts';
import type { ClickHouse } from '../../src/clickhouse/clickhouse-connection.ts';

/** An embedded, migrated events store in a temp directory (one per test file: chDB allows one per process). */
export async function openTestEventsStore(): Promise<ClickHouse> {
  const clickhouse = await openChdb(join(mkdtempSync(join(tmpdir(), 'gitpulse-events-')), 'clickhouse'));
  await applyClickHouseMigrations(clickhouse);
  return clickhouse;
}
