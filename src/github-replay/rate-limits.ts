export type RateResource = 'core' | 'search' | 'graphql' | 'code_search';

export interface RateLimitSettings {
  core: number; // per hour
  search: number; // per minute
  graphql: number; // points per hour
  code_search: number; // per minute
}

export const GITHUB_RATE_LIMITS: RateLimitSettings = {
  core: 5000,
  search: 30,
  graphql: 5000,
  code_search: 10,
};

const WINDOW_SECONDS: Record<RateResource, number> = {
  core: 3600,
  search: 60,
  graphql: 3600,
  code_search: 60,
};

interface Bucket {
  limit: number;
  used: number;
  resetAt: number; // epoch seconds
}

/**
 * The credential a request spends: its Authorization header (a token, an App
 * installation's token), or '' unauthenticated. Each has its own quotas, as on GitHub.
 */
export const credentialOf = (request: { headers: Record<string, unknown> }): string =>
  String(request.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');

/** GitHub's primary rate limits: a quota per credential and resource that resets at a fixed time. */
export class RateLimits {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private bucket(resource: RateResource, credential: string): Bucket {
    const nowSeconds = Math.floor(this.now() / 1000);
    const key = `${resource}\u0000${credential}`;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= nowSeconds) {
      bucket = { limit: this.settings[resource], used: 0, resetAt: nowSeconds + WINDOW_SECONDS[resource] };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Spends `cost`; false (and nothing spent) when the quota cannot cover it. */
  spend(resource: RateResource, cost = 1, credential = ''): boolean {
    const bucket = this.bucket(resource, credential);
    if (bucket.used + cost > bucket.limit) return false;
    bucket.used += cost;
    return true;
  }

  /** Starts every quota afresh: the replay moved to another day, hours after the last one. */
  resetAll(): void {
    this.buckets.clear();
  }

  /** Empties a quota until `resetInSeconds` from now (fault injection). */
  exhaust(resource: RateResource, resetInSeconds: number, credential = ''): void {
    const bucket = this.bucket(resource, credential);
    bucket.used = bucket.limit;
    bucket.resetAt = Math.floor(this.now() / 1000) + resetInSeconds;
  }

  snapshot(resource: RateResource, credential = '') {
    const bucket = this.bucket(resource, credential);
    return {
      limit: bucket.limit,
      used: bucket.used,
      remaining: bucket.limit - bucket.used,
      reset: bucket.resetAt,
    };
  }

  headers(resource: RateResource, credential = ''): Record<string, string> {
    const { limit, used, remaining, reset } = this.snapshot(resource, credential);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': resource,
    };
  }
}
