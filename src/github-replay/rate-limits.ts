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

/** GitHub's primary rate limits: a quota per resource that resets at a fixed time. */
export class RateLimits {
  private readonly buckets = new Map<RateResource, Bucket>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private bucket(resource: RateResource): Bucket {
    const nowSeconds = Math.floor(this.now() / 1000);
    let bucket = this.buckets.get(resource);
    if (!bucket || bucket.resetAt <= nowSeconds) {
      bucket = { limit: this.settings[resource], used: 0, resetAt: nowSeconds + WINDOW_SECONDS[resource] };
      this.buckets.set(resource, bucket);
    }
    return bucket;
  }

  /** Spends `cost`; false (and nothing spent) when the quota cannot cover it. */
  spend(resource: RateResource, cost = 1): boolean {
    const bucket = this.bucket(resource);
    if (bucket.used + cost > bucket.limit) return false;
    bucket.used += cost;
    return true;
  }

  /** Empties a quota until `resetInSeconds` from now (fault injection). */
  exhaust(resource: RateResource, resetInSeconds: number): void {
    const bucket = this.bucket(resource);
    bucket.used = bucket.limit;
    bucket.resetAt = Math.floor(this.now() / 1000) + resetInSeconds;
  }

  snapshot(resource: RateResource) {
    const bucket = this.bucket(resource);
    return {
      limit: bucket.limit,
      used: bucket.used,
      remaining: bucket.limit - bucket.used,
      reset: bucket.resetAt,
    };
  }

  headers(resource: RateResource): Record<string, string> {
    const { limit, used, remaining, reset } = this.snapshot(resource);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': resource,
    };
  }
}
