import type { ClickHouseClient } from '@clickhouse/client';

/** The one door to ClickHouse, the twin of src/db/database.ts. */
export interface ClickHouse {
  /** 'chdb': the embedded engine in this process; 'server': CLICKHOUSE_URL. */
  readonly kind: 'chdb' | 'server';
  /** Where the data lives, for messages: a directory or a redacted URL. */
  readonly location: string;
  /** The cluster the DDL targets (config events.cluster), when there is one. */
  readonly cluster?: string;
  /** Rows of a SELECT; params bind as {name:Type} placeholders; settings such as { readonly: 1 }. */
  query<T>(
    sql: string,
    params?: Record<string, unknown>,
    settings?: Record<string, string | number>,
  ): Promise<T[]>;
  /** Rows into a table, as JSONEachRow. */
  insert(table: string, rows: readonly Record<string, unknown>[]): Promise<void>;
  /** A statement without rows (DDL, INSERT … SELECT). */
  command(sql: string, params?: Record<string, unknown>): Promise<void>;
  /**
   * Hands memory the engine freed back to the system. The embedded engine runs
   * in this process and its allocator (jemalloc) keeps freed memory for reuse:
   * without this a long-running serve holds the peak of every export.
   */
  releaseMemory(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Both deployments speak through @clickhouse/client: a server over HTTP, or
 * chDB through the client's `connection` hook (chdb/connection). One code
 * path, so what the tests run on chDB is what runs against a cluster.
 */
export function clickHouseFromClient(
  client: ClickHouseClient,
  about: { kind: ClickHouse['kind']; location: string; cluster?: string; onClose?: () => Promise<void> },
): ClickHouse {
  return {
    kind: about.kind,
    location: about.location,
    cluster: about.cluster,
    query: async <T>(
      sql: string,
      params?: Record<string, unknown>,
      settings?: Record<string, string | number>,
    ) => {
      const result = await client.query({
        query: sql,
        format: 'JSONEachRow',
        query_params: params,
        clickhouse_settings: settings as Record<string, string>,
      });
      return result.json<T>();
    },
    insert: async (table, rows) => {
      if (rows.length === 0) return;
      await client.insert({ table, values: rows as Record<string, unknown>[], format: 'JSONEachRow' });
    },
    command: async (sql, params) => {
      await client.command({ query: sql, query_params: params });
    },
    releaseMemory: async () => {
      if (about.kind === 'chdb') await client.command({ query: 'SYSTEM JEMALLOC PURGE' });
    },
    close: async () => {
      await client.close();
      await about.onClose?.();
    },
  };
}
