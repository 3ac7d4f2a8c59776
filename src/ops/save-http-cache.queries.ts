/** Types generated for queries found in "src/ops/save-http-cache.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'SaveHttpCacheSql' parameters type */
export interface ISaveHttpCacheSqlParams {
  bodies: JsonArray;
  cacheKeys: stringArray;
  etags: stringArray;
  lastModifieds: stringArray;
  statuses: numberArray;
}

/** 'SaveHttpCacheSql' return type */
export type ISaveHttpCacheSqlResult = void;

/** 'SaveHttpCacheSql' query type */
export interface ISaveHttpCacheSqlQuery {
  params: ISaveHttpCacheSqlParams;
  result: ISaveHttpCacheSqlResult;
}

const saveHttpCacheSqlIR: any = {"usedParamSet":{"cacheKeys":true,"etags":true,"lastModifieds":true,"statuses":true,"bodies":true},"params":[{"name":"cacheKeys","required":true,"transform":{"type":"scalar"},"locs":[{"a":392,"b":402}]},{"name":"etags","required":true,"transform":{"type":"scalar"},"locs":[{"a":413,"b":419}]},{"name":"lastModifieds","required":true,"transform":{"type":"scalar"},"locs":[{"a":430,"b":444}]},{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":455,"b":464}]},{"name":"bodies","required":true,"transform":{"type":"scalar"},"locs":[{"a":474,"b":481}]}],"statement":"-- Stores the ETags and bodies of this run's GitHub answers for conditional requests.\n-- :cacheKeys, :etags, :lastModifieds, :statuses and :bodies side by side, one element per answer\n-- (an etag or last_modified element may be NULL).\nINSERT INTO ops.http_cache (cache_key, etag, last_modified, status, body, fetched_at)\nSELECT cache_key, etag, last_modified, status, body, now()\nFROM unnest(:cacheKeys!::text[], :etags!::text[], :lastModifieds!::text[], :statuses!::int[], :bodies!::jsonb[])\n    AS i(cache_key, etag, last_modified, status, body)\nON CONFLICT (cache_key) DO UPDATE\nSET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, status = EXCLUDED.status,\n    body = EXCLUDED.body, fetched_at = EXCLUDED.fetched_at"};

/**
 * Query generated from SQL:
 * ```
 * -- Stores the ETags and bodies of this run's GitHub answers for conditional requests.
 * -- :cacheKeys, :etags, :lastModifieds, :statuses and :bodies side by side, one element per answer
 * -- (an etag or last_modified element may be NULL).
 * INSERT INTO ops.http_cache (cache_key, etag, last_modified, status, body, fetched_at)
 * SELECT cache_key, etag, last_modified, status, body, now()
 * FROM unnest(:cacheKeys!::text[], :etags!::text[], :lastModifieds!::text[], :statuses!::int[], :bodies!::jsonb[])
 *     AS i(cache_key, etag, last_modified, status, body)
 * ON CONFLICT (cache_key) DO UPDATE
 * SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, status = EXCLUDED.status,
 *     body = EXCLUDED.body, fetched_at = EXCLUDED.fetched_at
 * ```
 */
export const saveHttpCacheSql = new PreparedQuery<ISaveHttpCacheSqlParams,ISaveHttpCacheSqlResult>(saveHttpCacheSqlIR);


