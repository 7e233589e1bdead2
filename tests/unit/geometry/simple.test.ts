import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isSimpleRing, selfIntersections } from '../../../src/geometry/simple.ts';
import type { Point, Ring } from '../../../src/geometry/types.ts';
import { convexArb, rectArb, rectRing } from './arbitraries.ts';

describe('selfIntersections', () => {
  it('finds nothing in simple rings (square, L, either winding)', () => {
    const L: Ring = [[0, 0], [200, 0], [200, 100], [100, 100], [100, 200], [0, 200]];
    for (const ring of [rectRing(0, 0, 1, 1), L, L.slice().reverse()]) {
      expect(selfIntersections(ring)).toEqual([]);
      expect(isSimpleRing(ring)).toBe(true);
    }
  });

  it('accepts collinear intermediate vertices', () => {
    const ring: Ring = [[0, 0], [5, 0], [10, 0], [10, 10], [0, 10], [0, 5]];
    expect(isSimpleRing(ring)).toBe(true);
  });

  it('reports a bow-tie crossing', () => {
    const bowTie: Ring = [[0, 0], [10, 10], [10, 0], [0, 10]];
    expect(selfIntersections(bowTie)).toEqual([{ edgeA: 0, edgeB: 2, at: [5, 5], kind: 'crossing' }]);
    expect(isSimpleRing(bowTie)).toBe(false);
  });

  it('reports a vertex touching a non-adjacent edge', () => {
    // The notch vertex (5, 0) lands on the bottom edge.
    const ring: Ring = [[0, 0], [10, 0], [10, 10], [5, 0], [0, 10]];
    const found = selfIntersections(ring);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.kind === 'touch' && f.at[0] === 5 && f.at[1] === 0)).toBe(true);
  });

  it('reports a repeated vertex once, not as four edge touches', () => {
    // Two squares meeting at the corner (10, 10), traced as one ring.
    const figure8: Ring = [[0, 0], [10, 0], [10, 10], [20, 10], [20, 20], [10, 20], [10, 10], [0, 10]];
    expect(selfIntersections(figure8)).toEqual([{ edgeA: 2, edgeB: 6, at: [10, 10], kind: 'repeated-vertex' }]);
  });

  it('reports zero-length edges, and does not call their neighbours touching', () => {
    const ring: Ring = [[0, 0], [10, 0], [10, 0], [10, 10], [0, 10]];
    expect(selfIntersections(ring)).toEqual([{ edgeA: 1, edgeB: 1, at: [10, 0], kind: 'zero-length-edge' }]);
    const closed: Ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(selfIntersections(closed)).toEqual([{ edgeA: 4, edgeB: 4, at: [0, 0], kind: 'zero-length-edge' }]);
  });

  it('reports a spike folding back on itself', () => {
    const spike: Ring = [[0, 0], [10, 0], [15, 0], [12, 0], [10, 10]];
    const found = selfIntersections(spike);
    expect(found).toContainEqual({ edgeA: 1, edgeB: 2, at: [15, 0], kind: 'overlap' });
    expect(isSimpleRing(spike)).toBe(false);
  });

  it('reports overlapping non-adjacent edges', () => {
    // A comb whose middle tooth's base (edge 4) runs back along the bottom edge (edge 0).
    const ring: Ring = [[0, 0], [10, 0], [10, 10], [8, 10], [8, 0], [4, 0], [4, 10], [0, 10]];
    expect(selfIntersections(ring)).toEqual([
      { edgeA: 0, edgeB: 3, at: [8, 0], kind: 'touch' },
      { edgeA: 0, edgeB: 4, at: [8, 0], kind: 'overlap' },
      { edgeA: 0, edgeB: 5, at: [4, 0], kind: 'touch' },
    ]);
  });

  it('rejects rings with no area', () => {
    expect(isSimpleRing([])).toBe(false);
    expect(isSimpleRing([[0, 0], [1, 1]])).toBe(false);
    expect(isSimpleRing([[0, 0], [1, 0], [2, 0]])).toBe(false);
    expect(isSimpleRing([[0, 0], [1, 0], [2, 0], [3, 0]])).toBe(false);
    expect(selfIntersections([[0, 0], [1, 1]])).toEqual([{ edgeA: 0, edgeB: 1, at: [1, 1], kind: 'overlap' }]);
  });

  it('finds every crossing of a zig-zag crossed by a long edge', () => {
    // A comb of 5 teeth closed by an edge that cuts through all of them.
    const ring: Point[] = [];
    for (let i = 0; i < 5; i++) ring.push([i * 10, 0], [i * 10 + 5, 20]);
    ring.push([50, 0], [50, 10], [-5, 10]);
    const crossings = selfIntersections(ring).filter((f) => f.kind === 'crossing');
    expect(crossings.length).toBeGreaterThanOrEqual(9);
    for (const c of crossings) expect(c.at[1]).toBe(10);
  });

  it('is fast enough for thousands of 150-vertex rooms', () => {
    const ring: Point[] = [];
    for (let i = 0; i < 150; i++) {
      const t = (-2 * Math.PI * i) / 150;
      const r = i % 2 ? 400 : 300;
      ring.push([Math.round(5000 + r * Math.cos(t)), Math.round(5000 + r * Math.sin(t))]);
    }
    expect(isSimpleRing(ring)).toBe(true);
    const start = performance.now();
    for (let k = 0; k < 2000; k++) selfIntersections(ring);
    // ~0.15 ms per ring on a laptop; the bound is loose so slow CI machines still pass.
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('finds random convex polygons and rectangles simple', () => {
    fc.assert(fc.property(convexArb(), (ring) => isSimpleRing(ring)));
    fc.assert(fc.property(rectArb(), (r) => isSimpleRing(r.ring)));
  });

  it('agrees with a brute-force check on random small rings', () => {
    const ringArb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })).map(([x, y]) => [x, y] as const),
      { minLength: 3, maxLength: 8 },
    );
    fc.assert(
      fc.property(ringArb, (ring) => {
        // Brute force: simple iff all vertices distinct, no adjacent fold-back, and every
        // non-adjacent pair of edges disjoint.
        const n = ring.length;
        const seen = new Set(ring.map((p) => `${p[0]},${p[1]}`));
        let simple = seen.size === n;
        const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
        const onSeg = (p: Point, a: Point, b: Point) =>
          cross(a, b, p) === 0 && Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
        const meet = (a: Point, b: Point, c: Point, d: Point) => {
          const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
          if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
          return onSeg(a, c, d) || onSeg(b, c, d) || onSeg(c, a, b) || onSeg(d, a, b);
        };
        for (let i = 0; simple && i < n; i++) {
          const a = ring[i]!, b = ring[(i + 1) % n]!, c = ring[(i + 2) % n]!;
          if (cross(a, b, c) === 0 && (a[0] - b[0]) * (c[0] - b[0]) + (a[1] - b[1]) * (c[1] - b[1]) > 0) simple = false;
          for (let j = i + 2; simple && j < n; j++) {
            if (i === 0 && j === n - 1) continue;
            if (meet(a, b, ring[j]!, ring[(j + 1) % n]!)) simple = false;
          }
        }
        expect(isSimpleRing(ring)).toBe(simple);
        expect(selfIntersections(ring).length === 0).toBe(simple);
      }),
      { numRuns: 2000 },
    );
  });
});
