/* @name SaveHttpCacheSql */
-- Stores the ETags and bodies of this run's GitHub answers for conditional requests.
-- :cacheKeys, :etags, :lastModifieds, :statuses and :bodies side by side, one element per answer
-- (an etag or last_modified element may be NULL).
INSERT INTO ops.http_cache (cache_key, etag, last_modified, status, body, fetched_at)
SELECT cache_key, etag, last_modified, status, body, now()
FROM unnest(:cacheKeys!::text[], :etags!::text[], :lastModifieds!::text[], :statuses!::int[], :bodies!::jsonb[])
    AS i(cache_key, etag, last_modified, status, body)
ON CONFLICT (cache_key) DO UPDATE
SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, status = EXCLUDED.status,
    body = EXCLUDED.body, fetched_at = EXCLUDED.fetched_at;
