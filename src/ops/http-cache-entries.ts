/** ops.http_cache: the ETags and bodies behind GitHub's conditional requests. */

import type { Queryable } from '../db/database.ts';
import type { CachedResponse } from '../sources/github/client/http-cache.ts';
import { readHttpCacheSql } from './read-http-cache.queries.ts';
import { saveHttpCacheSql } from './save-http-cache.queries.ts';

export async function readHttpCacheEntries(db: Queryable): Promise<[string, CachedResponse][]> {
  const rows = await readHttpCacheSql.run(undefined, db);
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
  await saveHttpCacheSql.run(
    {
      cacheKeys: entries.map(([key]) => key),
      // a text[] takes NULL elements; pgtyped types an array's elements as non-null
      etags: entries.map(([, v]) => v.etag) as string[],
      lastModifieds: entries.map(([, v]) => v.lastModified) as string[],
      statuses: entries.map(([, v]) => v.status),
      bodies: entries.map(([, v]) => JSON.stringify(v.body)),
    },
    db,
  );
  return entries.length;
}
