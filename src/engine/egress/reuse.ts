/**
 * Reuse across edits. The engine runs on every change in the editor, and a change touches one room: moving a
 * crib leaves every other room's walls, doorways and furniture — and so its visibility edges and its most remote
 * point — exactly as they were. These caches are keyed by the content they were computed from, never by ids, so
 * a stale entry can only be missed, never reused wrongly.
 */
const every: ContentCache<unknown>[] = [];

/** Forget everything reused (the benchmark measures a first analysis with this). */
export function clearReuseCaches(): void {
  for (const cache of every) cache.clear();
}

export class ContentCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {
    every.push(this as ContentCache<unknown>);
  }

  clear(): void {
    this.entries.clear();
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Refresh: most recently used last, so the oldest are dropped first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** A compact, exact text of numbers for cache keys. */
export const numbersKey = (values: Iterable<number>): string => {
  let out = '';
  for (const v of values) out += `${v},`;
  return out;
};
