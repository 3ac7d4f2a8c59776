import type { Octokit } from '@octokit/core';
import type { OctokitOptions } from '@octokit/core/types';
import { resourceOf } from './credential.ts';
import type { CredentialPool } from './credential-pool.ts';

declare module '@octokit/core/types' {
  interface OctokitOptions {
    /** The credentials requests are spread across (absent: unauthenticated). */
    credentialPool?: CredentialPool;
  }
}

interface RequestFailure {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

/**
 * Octokit plugin: every request carries the credential with the most quota
 * left for its resource (CredentialPool). When GitHub answers that a
 * credential's primary quota is spent, the request goes again at once with
 * the next one that has quota; only when all are spent does the error reach
 * plugin-throttling, which waits for the reset. `request.credential` pins one
 * (the quota plan asks each credential for its own /rate_limit).
 */
export function credentialPoolPlugin(octokit: Octokit, options: OctokitOptions) {
  const pool = options.credentialPool;
  if (!pool) return;
  octokit.hook.wrap('request', async (request, endpoint) => {
    const resource = resourceOf(endpoint.method, endpoint.url);
    const pinned = (endpoint.request as { credential?: number } | undefined)?.credential;
    const tried = new Set<number>();
    for (;;) {
      const index = pinned ?? pool.pick(resource, tried);
      tried.add(index);
      endpoint.headers.authorization = await pool.authorization(index);
      try {
        const response = await request(endpoint);
        pool.record(index, response.headers as Record<string, string>);
        return response;
      } catch (error) {
        const headers = (error as RequestFailure).response?.headers;
        pool.record(index, headers);
        const status = (error as RequestFailure).status;
        const spent =
          (status === 403 || status === 429) && String(headers?.['x-ratelimit-remaining']) === '0';
        if (!spent || pinned !== undefined || !pool.hasQuotaBesides(resource, tried)) throw error;
      }
    }
  });
}
