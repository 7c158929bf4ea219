// A small bounded cache with a time to live, owned by one app instance (never module state).
// Entries live no longer than the Cache-Control max-age the server already promises clients,
// so a cached answer is never staler than one a browser may keep anyway.

export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so the Map's insertion order is least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Remembers what an async computation returned, for the cache's time to live; the promise itself is
 * kept, so a hundred requests arriving together for the same uncached key compute it once. A
 * failure is forgotten at once, so the next request tries again.
 */
export class RememberingCache<V> {
  private readonly cache: TtlCache<Promise<V>>;

  constructor(maxEntries: number, ttlMs: number, now?: () => number) {
    this.cache = new TtlCache<Promise<V>>(maxEntries, ttlMs, now);
  }

  remember(key: string, compute: () => Promise<V>): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const pending = compute();
    this.cache.set(key, pending);
    pending.catch(() => {
      if (this.cache.get(key) === pending) this.cache.delete(key);
    });
    return pending;
  }
}
