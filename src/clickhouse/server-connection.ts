import { createClient } from '@clickhouse/client';
import { redactUrl } from '../log/redact-url.ts';
import { type ClickHouse, clickHouseFromClient } from './clickhouse-connection.ts';

/** A ClickHouse server or cluster at CLICKHOUSE_URL (user, password and database in the URL). */
export function connectClickHouseServer(url: string, cluster?: string): ClickHouse {
  const client = createClient({
    url,
    // Our inserts are batches of an hour file; wait for them to be written.
    clickhouse_settings: { wait_end_of_query: 1 },
  });
  return clickHouseFromClient(client, { kind: 'server', location: redactUrl(url), cluster });
}
