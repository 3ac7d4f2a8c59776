import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../../../log/logger.ts';
import { backoffJitterPlugin } from './backoff-jitter-plugin.ts';
import { conditionalRequestsPlugin } from './conditional-requests-plugin.ts';
import type { Credential } from './credential.ts';
import { CredentialPool } from './credential-pool.ts';
import { credentialPoolPlugin } from './credential-pool-plugin.ts';
import { HttpCache } from './http-cache.ts';
import { RequestCost } from './request-cost.ts';
import { transportPlugin } from './transport-plugin.ts';

const GitPulseOctokit = Octokit.plugin(
  transportPlugin,
  credentialPoolPlugin,
  conditionalRequestsPlugin,
  paginateRest,
  retry,
  backoffJitterPlugin,
  throttling,
);
export type GitHubOctokit = InstanceType<typeof GitPulseOctokit>;

export interface GitHubClientOptions {
  /** Tokens and App installations; none: unauthenticated (the local replay). */
  credentials?: readonly Credential[];
  baseUrl: string;
  logger: Logger;
  httpCache?: HttpCache;
  /** Retries after 5xx, timeouts, network errors and malformed bodies (default 4). */
  retries?: number;
  /** First backoff step in ms (default 1000); doubles each attempt, with jitter. */
  backoffBaseMs?: number;
  /** Per-attempt timeout in ms (default 30 s). */
  timeoutMs?: number;
  /** Longest wait for a primary rate-limit reset before the run fails (default 1 h). */
  maxRateLimitWaitSeconds?: number;
  /**
   * GitHub's own pacing (one search per 2 s, one mutation/GraphQL call per s),
   * as @octokit/plugin-throttling does by default. Off for the local replay.
   */
  pacing?: boolean;
}

export interface GitHubClient {
  octokit: GitHubOctokit;
  /** The credentials and what the answers said is left of their quotas; null when unauthenticated. */
  credentials: CredentialPool | null;
  cost: RequestCost;
  httpCache: HttpCache;
  baseUrl: string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const cost = new RequestCost();
  const httpCache = options.httpCache ?? new HttpCache();
  const { logger } = options;
  const maxWait = options.maxRateLimitWaitSeconds ?? 3600;
  const unpaced = options.pacing === false ? unpacedGroups() : {};
  const credentials = options.credentials?.length
    ? new CredentialPool(options.credentials, options.baseUrl)
    : null;
  const octokit = new GitPulseOctokit({
    credentialPool: credentials ?? undefined,
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    userAgent: 'gitpulse/0.1',
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => logger.warn(message),
      error: (message: string) => logger.error(message),
    },
    transport: { cost, timeoutMs: options.timeoutMs },
    httpCache,
    cost,
    backoff: { baseMs: options.backoffBaseMs },
    retry: { retries: options.retries ?? 4, retryAfterBaseValue: 1 },
    throttle: {
      ...unpaced,
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        if (retryAfter > maxWait || retryCount >= 3) {
          logger.error({ retryAfter, url: request.url }, 'GitHub rate limit exhausted; not waiting');
          return false;
        }
        logger.warn(
          { retryAfter, url: request.url },
          `GitHub rate limit reached; waiting ${retryAfter}s for the reset`,
        );
        cost.retries++;
        return true;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        if (retryCount >= 5) return false;
        logger.warn(
          { retryAfter, url: request.url },
          `GitHub secondary rate limit; retrying in ${retryAfter}s`,
        );
        cost.retries++;
        return true;
      },
    },
  });
  return { octokit, credentials, cost, httpCache, baseUrl: options.baseUrl };
}

/** Throttling groups without GitHub's minimum spacing, for the local replay and tests. */
function unpacedGroups() {
  return {
    search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    global: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
  };
}
