import type { Octokit } from '@octokit/core';
import type { OctokitOptions } from '@octokit/core/types';
import { RequestError } from '@octokit/request-error';
import { operationName } from '../graphql-cost.ts';
import type { RequestCost } from './request-cost.ts';

export interface TransportOptions {
  cost?: RequestCost;
  /** Per-attempt timeout; a hung request becomes a retryable 504. */
  timeoutMs?: number;
}

// Typed options, as @octokit/plugin-throttling declares `throttle`.
declare module '@octokit/core/types' {
  interface OctokitOptions {
    transport?: TransportOptions;
  }
}

const NETWORK_ERROR =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH|fetch failed|other side closed/;

/**
 * The innermost layer, once per HTTP attempt: counts the request, bounds it in
 * time, and turns a JSON body that does not parse into a retryable error
 * (@octokit/request returns such a body as a plain string).
 */
export function transportPlugin(octokit: Octokit, options: OctokitOptions) {
  const { cost, timeoutMs = 30_000 } = options.transport ?? {};
  octokit.hook.wrap('request', async (request, requestOptions) => {
    // Paginated calls arrive with full URLs: count them under their path, like the first page.
    const route = `${requestOptions.method} ${String(requestOptions.url)
      .replace(/^https?:\/\/[^/]+/, '')
      .replace(/\?.*$/, '')}`;
    cost?.count(route.includes('/graphql') ? 'graphql' : route);
    // A fresh deadline per attempt; hooks share one options object, so set it there.
    requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
    let response: Awaited<ReturnType<typeof request>>;
    try {
      response = await request(requestOptions);
    } catch (error) {
      if (error instanceof RequestError && /timeout|aborted/i.test(error.message) && error.status === 500) {
        throw new RequestError(`GitHub did not answer ${route} within ${timeoutMs} ms`, 504, {
          request: error.request,
        });
      }
      // No answer at all (@octokit/request reports it as a 500 with the socket's error):
      // name the address, which is GITHUB_API_URL's, and say so while retrying.
      if (error instanceof RequestError && !error.response && NETWORK_ERROR.test(error.message)) {
        const origin = new URL(String(requestOptions.url), String(requestOptions.baseUrl)).origin;
        octokit.log.warn(`GitHub at ${origin} cannot be reached (${error.message}); retrying`);
        throw new RequestError(
          `GitHub at ${origin} cannot be reached (${error.message}); check GITHUB_API_URL and the network`,
          500,
          { request: error.request },
        );
      }
      throw error;
    }
    cost?.observeQuota(response.headers['x-ratelimit-resource'], response.headers['x-ratelimit-remaining']);
    if (cost) cost.source = response.headers['x-gitpulse-replay'] ? 'replay' : 'github';
    const contentType = String(response.headers['content-type'] ?? '');
    if (typeof response.data === 'string' && contentType.includes('json')) {
      throw new RequestError(`GitHub sent a malformed JSON body for ${route}`, 502, {
        request: response.url ? { ...requestOptions, url: response.url } : (requestOptions as never),
        response,
      });
    }
    if (cost && route.includes('/graphql')) {
      const reported = (response.data as { data?: { rateLimit?: { cost?: number } } })?.data?.rateLimit?.cost;
      const query = (requestOptions as { query?: unknown }).query;
      cost.observeGraphqlCost(
        typeof query === 'string' ? operationName(query) : undefined,
        typeof reported === 'number' ? reported : 1,
      );
    }
    return response;
  });
  return {};
}
