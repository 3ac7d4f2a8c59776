/* @name ReadHttpCacheSql */
SELECT cache_key, etag, last_modified, status, body FROM ops.http_cache;
