-- Stores the ETags and bodies of this run's GitHub answers for conditional requests.
INSERT INTO ops.http_cache (cache_key, etag, last_modified, status, body, fetched_at)
SELECT cache_key, etag, last_modified, status, body, now()
FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::jsonb[])
    AS i(cache_key, etag, last_modified, status, body)
ON CONFLICT (cache_key) DO UPDATE
SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, status = EXCLUDED.status,
    body = EXCLUDED.body, fetched_at = EXCLUDED.fetched_at;
