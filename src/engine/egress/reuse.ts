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
  private weight = 0;

  /**
   * @param capacity entries kept, or with `weigh`, their total weight (bytes, say): the oldest are dropped past it
   * @param weigh each entry's weight (1 each by default)
   */
  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {
    every.push(this as ContentCache<unknown>);
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
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
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.weight -= this.weigh(old);
    }
    this.entries.set(key, value);
    this.weight += this.weigh(value);
    while (this.weight > this.capacity && this.entries.size > 1) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.weight -= this.weigh(oldest);
    }
  }
}

let scratch = new Float64Array(256);

/**
 * A 64-bit hash of a sequence of numbers (two independent 32-bit multiply-xor lanes over each double's bits), as a
 * short key. Keys were the full text of the numbers at first; hashing made re-checking an edit several times
 * faster, at a collision chance near 2^-64 per pair of rooms. The doubles are read as 32-bit words through a typed
 * view, which is several times faster than a DataView per number.
 */
export const numbersKey = (values: ArrayLike<number>): string => {
  const n = values.length;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
  scratch.set(values);
  const words = new Uint32Array(scratch.buffer, 0, 2 * n);
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let k = 0; k < 2 * n; k += 2) {
    const lo = words[k]!;
    const hi = words[k + 1]!;
    h1 = Math.imul(h1 ^ lo, 0x01000193);
    h1 = Math.imul(h1 ^ hi, 0x01000193);
    h2 = Math.imul(h2 ^ hi, 0x5bd1e995);
    h2 = Math.imul(h2 ^ (h2 >>> 15) ^ lo, 0x27d4eb2d);
  }
  return `${n}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
};
