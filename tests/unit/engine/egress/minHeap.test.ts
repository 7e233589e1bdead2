/**
 * The heap under every Dijkstra and every distance query (minHeap.ts): entries come out least priority first, and a
 * heap cleared and refilled (as nodeInSight reuses one) forgets what it held.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MinHeap } from '../../../../src/engine/egress/minHeap.ts';

describe('MinHeap', () => {
  it('pops entries in order of priority, through growth and reuse', () => {
    const heap = new MinHeap();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(10_000), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 300 }), (entries) => {
        heap.clear();
        for (const [id, key] of entries) heap.push(id, key);
        expect(heap.size).toBe(entries.length);
        const keys: number[] = [];
        const ids: number[] = [];
        while (heap.size) {
          const key = heap.topKey;
          const [id, popped] = heap.pop();
          expect(popped).toBe(key);
          keys.push(popped);
          ids.push(id);
        }
        expect(keys).toEqual(entries.map(([, k]) => k).sort((a, b) => a - b));
        // Each id comes out with its own priority.
        expect(ids.map((id, i) => entries.some(([e, k]) => e === id && k === keys[i]))).not.toContain(false);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('popId gives the least id first and leaves the rest', () => {
    const heap = new MinHeap();
    heap.push(7, 3);
    heap.push(2, 1);
    heap.push(9, 2);
    expect(heap.popId()).toBe(2);
    expect(heap.topKey).toBe(2);
    expect(heap.size).toBe(2);
  });
});
