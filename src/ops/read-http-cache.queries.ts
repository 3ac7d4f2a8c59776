/** Types generated for queries found in "src/ops/read-http-cache.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ReadHttpCacheSql' parameters type */
export type IReadHttpCacheSqlParams = void;

/** 'ReadHttpCacheSql' return type */
export interface IReadHttpCacheSqlResult {
  body: Json;
  cache_key: string;
  etag: string | null;
  last_modified: string | null;
  status: number;
}

/** 'ReadHttpCacheSql' query type */
export interface IReadHttpCacheSqlQuery {
  params: IReadHttpCacheSqlParams;
  result: IReadHttpCacheSqlResult;
}

const readHttpCacheSqlIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT cache_key, etag, last_modified, status, body FROM ops.http_cache"};

/**
 * Query generated from SQL:
 * ```
 * SELECT cache_key, etag, last_modified, status, body FROM ops.http_cache
 * ```
 */
export const readHttpCacheSql = new PreparedQuery<IReadHttpCacheSqlParams,IReadHttpCacheSqlResult>(readHttpCacheSqlIR);


