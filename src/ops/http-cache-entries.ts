/** ops.http_cache: the ETags and bodies behind GitHub's conditional requests. */

import type { Queryable } from '../db/database.ts';
import type { CachedResponse } from '../sources/github/client/http-cache.ts';
import { sqlFile } from '../sql/sql-file.ts';

const READ_HTTP_CACHE = sqlFile(import.meta.url, 'read-http-cache.sql');
const SAVE_HTTP_CACHE = sqlFile(import.meta.url, 'save-http-cache.sql');

export async function readHttpCacheEntries(db: Queryable): Promise<[string, CachedResponse][]> {
  const { rows } = await db.query<{
    cache_key: string;
    etag: string | null;
    last_modified: string | null;
    status: number;
    body: unknown;
  }>(READ_HTTP_CACHE);
  return rows.map((row) => [
    row.cache_key,
    { etag: row.etag, lastModified: row.last_modified, status: row.status, body: row.body },
  ]);
}

export async function saveHttpCacheEntries(
  db: Queryable,
  entries: [string, CachedResponse][],
): Promise<number> {
  if (entries.length === 0) return 0;
  await db.query(SAVE_HTTP_CACHE, [
    entries.map(([key]) => key),
    entries.map(([, v]) => v.etag),
    entries.map(([, v]) => v.lastModified),
    entries.map(([, v]) => v.status),
    entries.map(([, v]) => JSON.stringify(v.body)),
  ]);
  return entries.length;
}
