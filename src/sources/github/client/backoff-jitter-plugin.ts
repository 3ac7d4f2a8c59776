import type { Octokit } from '@octokit/core';
import type { OctokitOptions } from '@octokit/core/types';

declare module '@octokit/core/types' {
  interface OctokitOptions {
    /** First backoff step and the longest wait, in ms. */
    backoff?: { baseMs?: number; maxMs?: number };
  }
}

type RetryApi = { retry?: { retryRequest: (error: Error, retries: number, retryAfter: number) => Error } };

/**
 * @octokit/plugin-retry waits (n+1)² × base between attempts, the same for
 * every client; many gitpulse instances retrying a GitHub outage together
 * should spread out. This replaces the wait with exponential backoff and full
 * jitter (base × 2ⁿ × random in [0.5, 1)), in milliseconds: the retry plugin
 * must run with retryAfterBaseValue 1.
 */
export function backoffJitterPlugin(octokit: Octokit, options: OctokitOptions) {
  const { backoff = {}, cost } = options;
  const api = octokit as unknown as RetryApi;
  const original = api.retry?.retryRequest;
  if (!original) throw new Error('backoffJitterPlugin must be applied after @octokit/plugin-retry');
  const baseMs = backoff.baseMs ?? 1000;
  const maxMs = backoff.maxMs ?? 60_000;
  (api.retry as { retryRequest: typeof original }).retryRequest = (error, retries, retryAfter) => {
    // plugin-retry passes (attempt + 1)²; recover the attempt number from it.
    const attempt = Math.max(0, Math.round(Math.sqrt(retryAfter)) - 1);
    const delay = Math.min(maxMs, baseMs * 2 ** attempt) * (0.5 + Math.random() / 2);
    if (cost) cost.retries++;
    return original(error, retries, Math.ceil(delay));
  };
  return {};
}
