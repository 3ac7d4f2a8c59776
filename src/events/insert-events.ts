import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { EventRow } from './event-row.ts';

/**
 * Appends events to the store. Safe to repeat: the store keeps one row per
 * event id (ReplacingMergeTree, read FINAL), so a batch sent again after a
 * crash adds nothing a reader can see.
 */
export async function insertEvents(clickhouse: ClickHouse, rows: readonly EventRow[]): Promise<void> {
  await clickhouse.insert('github_events_store', rows as unknown as Record<string, unknown>[]);
}
