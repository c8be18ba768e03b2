/**
 * A small in-process cache for public answers (issue 15): a value is kept for `ttlSeconds` (the
 * PUBLIC_CACHE_SECONDS setting), so a popular page does not query the database on every view.
 * Concurrent misses for one key share one load (the promise is cached), a failed load is not
 * kept, and at most `maxEntries` keys are held (the oldest is dropped first), so random keys
 * cannot grow it without bound. Each gateway replica has its own: a view may be up to the TTL old.
 */
export class PublicCache<T> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<T> }>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlSeconds <= 0) return load();
    const t = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > t) return hit.value;
    if (hit) this.entries.delete(key);
    const value = load();
    this.entries.set(key, { expiresAt: t + this.ttlSeconds * 1000, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
