/** What one pipeline run spent at GitHub; recorded with the run. */
export class RequestCost {
  /** HTTP requests sent, retries included. */
  requests = 0;
  /** Answers that were 304 Not Modified (free: GitHub does not count them). */
  notModified = 0;
  /** Retries after faults and limits. */
  retries = 0;
  /** GraphQL rate-limit points, as GitHub reports them in rateLimit.cost. */
  graphqlPoints = 0;
  /** The most GitHub charged one request of each GraphQL operation (rateLimit.cost, by operation name). */
  readonly graphqlCostByOperation: Record<string, number> = {};
  /** Requests per REST route or 'graphql'. */
  readonly byRoute: Record<string, number> = {};
  /** Who answered: GitHub, or the offline replay (its x-gitpulse-replay header); undefined before any answer. */
  source: 'github' | 'replay' | undefined;
  /** The last x-ratelimit-remaining GitHub reported, per resource (core, search, graphql, …). */
  readonly quotaRemaining: Record<string, number> = {};

  observeQuota(resource: unknown, remaining: unknown): void {
    const value = Number(remaining);
    if (typeof resource === 'string' && resource && Number.isFinite(value))
      this.quotaRemaining[resource] = value;
  }

  observeGraphqlCost(operation: string | undefined, points: number): void {
    this.graphqlPoints += points;
    if (operation)
      this.graphqlCostByOperation[operation] = Math.max(points, this.graphqlCostByOperation[operation] ?? 0);
  }

  count(route: string): void {
    this.requests++;
    this.byRoute[route] = (this.byRoute[route] ?? 0) + 1;
  }

  toJSON() {
    return {
      requests: this.requests,
      notModified: this.notModified,
      retries: this.retries,
      graphqlPoints: this.graphqlPoints,
      byRoute: this.byRoute,
      quotaRemaining: this.quotaRemaining,
      source: this.source,
    };
  }
}
