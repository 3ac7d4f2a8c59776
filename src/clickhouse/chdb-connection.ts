import { mkdirSync } from 'node:fs';
import { createClient } from '@clickhouse/client';

type ClientConnection = NonNullable<Parameters<typeof createClient>[0]>['connection'];

import { UserFacingError } from '../user-facing-error.ts';
import { type ClickHouse, clickHouseFromClient } from './clickhouse-connection.ts';

const INSTALL_HINT =
  'Install the embedded engine with `npm install chdb` (an optional dependency, about 550 MB), or set CLICKHOUSE_URL to a ClickHouse server.';

/**
 * The embedded ClickHouse (chDB) with its data in `dir`. chDB binds one data
 * directory per process and locks it against other processes: a second
 * gitpulse process gets a clear error at once, never a hang.
 */
export async function openChdb(dir: string): Promise<ClickHouse> {
  let chdb: typeof import('chdb/connection');
  try {
    chdb = await import('chdb/connection');
  } catch (error) {
    throw new UserFacingError(
      `The embedded events store needs the chdb package, which is not installed (${(error as Error).message.split('\n')[0]}).`,
      INSTALL_HINT,
      2,
    );
  }
  mkdirSync(dir, { recursive: true });
  let connection: ReturnType<typeof chdb.createChdbConnection>;
  try {
    connection = chdb.createChdbConnection({ path: dir });
  } catch (error) {
    const reason = String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
    throw new UserFacingError(
      `The embedded events store at ${dir} is in use by another gitpulse process (${reason.split('\n')[0]}).`,
      'chDB opens a data directory in one process at a time: stop the other process (often `gitpulse serve` or `npm start`) and run this again, or point CLICKHOUSE_URL at a ClickHouse server that both can share.',
      2,
    );
  }
  // chdb types its Connection against @clickhouse/client-common's copy of the
  // interface, which TypeScript sees as a different type from the client's own.
  const client = createClient({ connection: connection as unknown as ClientConnection });
  return clickHouseFromClient(client, { kind: 'chdb', location: dir });
}
