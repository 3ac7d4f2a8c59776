export interface CachedResponse {
  etag: string | null;
  lastModified: string | null;
  status: number;
  body: unknown;
}

/**
 * Conditional-request cache held in memory during a run: loaded from
 * ops.http_cache in the read phase, changes written back in the write phase
 * (src/ops/http-cache-entries.ts), so the collect phase never touches the database.
 */
export class HttpCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly changed = new Set<string>();

  constructor(initial: Iterable<[string, CachedResponse]> = []) {
    for (const [key, value] of initial) this.entries.set(key, value);
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: CachedResponse): void {
    this.entries.set(key, value);
    this.changed.add(key);
  }

  /** Entries stored or refreshed since this cache was created. */
  changes(): [string, CachedResponse][] {
    return [...this.changed].map((key) => [key, this.entries.get(key) as CachedResponse]);
  }

  get size(): number {
    return this.entries.size;
  }
}
