import type { Octokit } from '@octokit/core';
import type { OctokitOptions } from '@octokit/core/types';
import { RequestError } from '@octokit/request-error';
import type { HttpCache } from './http-cache.ts';
import type { RequestCost } from './request-cost.ts';

declare module '@octokit/core/types' {
  interface OctokitOptions {
    /** Conditional-request cache of the run (loaded in its read phase). */
    httpCache?: HttpCache;
    /** Where 304s and retries are counted. */
    cost?: RequestCost;
  }
}

/**
 * ETag / Last-Modified conditional GETs: a cached answer is revalidated, and a
 * 304 (which does not count against GitHub's quota) returns the stored body.
 */
export function conditionalRequestsPlugin(octokit: Octokit, options: OctokitOptions) {
  const { httpCache: cache, cost } = options;
  if (!cache) return {};
  octokit.hook.wrap('request', async (request, requestOptions) => {
    // `request: { conditional: false }`: the caller keeps its own ETags (fetch-star-history.ts).
    if (requestOptions.method !== 'GET' || requestOptions.request?.conditional === false)
      return request(requestOptions);
    const key = `GET ${octokit.request.endpoint(requestOptions).url}`;
    const cached = cache.get(key);
    // before-after-hook binds every hook to the same options object: mutate it, a copy would be ignored.
    if (cached?.etag) requestOptions.headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) requestOptions.headers['if-modified-since'] = cached.lastModified;
    try {
      const response = await request(requestOptions);
      const etag = response.headers.etag ?? null;
      const lastModified = response.headers['last-modified'] ?? null;
      if (etag || lastModified)
        cache.set(key, { etag, lastModified, status: response.status, body: response.data });
      return response;
    } catch (error) {
      if (cached && error instanceof RequestError && error.status === 304) {
        if (cost) cost.notModified++;
        return {
          status: 200 as const,
          url: error.response?.url ?? key.slice(4),
          headers: { ...error.response?.headers, 'x-gitpulse-cache': 'revalidated' },
          data: cached.body as never,
        };
      }
      throw error;
    }
  });
  return {};
}
