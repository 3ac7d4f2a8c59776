import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';

/** A row of client_events_store (migrations/clickhouse/0004_client_events.sql). */
export interface ClientEventRow {
  id: string;
  type: string;
  user_id: number;
  user_login: string;
  repository: string;
  pr_number: number;
  /** 'YYYY-MM-DD HH:MM:SS.mmm', UTC, as DateTime64(3, 'UTC') reads it. */
  occurred_at: string;
  received_at: string;
  client_name: string;
  client_version: string;
  /** Stored as its JSON text (a String column reads a nested object as written). */
  payload: Record<string, unknown>;
}

export const clickhouseTime = (at: Date) => at.toISOString().slice(0, 23).replace('T', ' ');

/**
 * Appends client events to the store. Safe to repeat: the store keeps one row
 * per user and event id (ReplacingMergeTree, read FINAL).
 */
export async function insertClientEvents(
  clickhouse: ClickHouse,
  rows: readonly ClientEventRow[],
): Promise<void> {
  await clickhouse.insert('client_events_store', rows as unknown as Record<string, unknown>[]);
}
