/**
 * A binary min-heap of (id, priority) pairs for Dijkstra; stale entries are skipped by the caller. Kept in typed
 * arrays that only grow, so a heap cleared and refilled for every distance query (nodeInSight) allocates nothing.
 */
export class MinHeap {
  private ids = new Int32Array(64);
  private keys = new Float64Array(64);
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(id: number, key: number): void {
    if (this.count === this.ids.length) this.grow();
    const { ids, keys } = this;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      ids[i] = ids[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    ids[i] = id;
    keys[i] = key;
  }

  private grow(): void {
    const ids = new Int32Array(2 * this.ids.length);
    const keys = new Float64Array(2 * this.keys.length);
    ids.set(this.ids);
    keys.set(this.keys);
    this.ids = ids;
    this.keys = keys;
  }

  /** The least priority held (call only when size > 0). */
  get topKey(): number {
    return this.keys[0]!;
  }

  pop(): [number, number] {
    const top: [number, number] = [this.ids[0]!, this.keys[0]!];
    this.popId();
    return top;
  }

  /** Removes the entry of least priority and returns its id, allocating nothing (the hot loop of Dijkstra). */
  popId(): number {
    const { ids, keys } = this;
    const top = ids[0]!;
    const n = --this.count;
    if (n > 0) {
      const lastId = ids[n]!;
      const lastKey = keys[n]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        ids[i] = ids[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      ids[i] = lastId;
      keys[i] = lastKey;
    }
    return top;
  }
}
