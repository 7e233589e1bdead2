import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { polygonCentroid, ringCentroid, vertexMean } from '../../../src/geometry/centroid.ts';
import { pointInRing } from '../../../src/geometry/contains.ts';
import { translateRing } from '../../../src/geometry/transform.ts';
import type { Ring } from '../../../src/geometry/types.ts';
import { close, convexArb, rectArb, rectRing } from './arbitraries.ts';

describe('ringCentroid', () => {
  it('finds the middle of a unit square, either winding', () => {
    expect(ringCentroid(rectRing(0, 0, 1, 1))).toEqual([0.5, 0.5]);
    expect(ringCentroid(rectRing(0, 0, 1, 1).slice().reverse())).toEqual([0.5, 0.5]);
  });

  it('weights by area, not by vertices', () => {
    // L = 200×100 bar (centroid 100,50) + 100×100 leg (centroid 50,150); areas 20000 and 10000.
    const L: Ring = [
      [0, 0],
      [200, 0],
      [200, 100],
      [100, 100],
      [100, 200],
      [0, 200],
    ];
    const [x, y] = ringCentroid(L);
    expect(x).toBeCloseTo((100 * 20000 + 50 * 10000) / 30000, 9);
    expect(y).toBeCloseTo((50 * 20000 + 150 * 10000) / 30000, 9);
    // Extra collinear vertices must not shift it.
    const padded: Ring = [[0, 0], [50, 0], [100, 0], [150, 0], [200, 0], [200, 100], [100, 100], [100, 200], [0, 200]];
    expect(ringCentroid(padded)[0]).toBeCloseTo(x, 9);
  });

  it('falls back to the vertex mean for degenerate rings', () => {
    expect(ringCentroid([[0, 0], [2, 0], [4, 0]])).toEqual([2, 0]);
    expect(ringCentroid([[3, 4]])).toEqual([3, 4]);
    expect(ringCentroid([[0, 0], [2, 2]])).toEqual([1, 1]);
    const empty = ringCentroid([]);
    expect(Number.isNaN(empty[0]) && Number.isNaN(empty[1])).toBe(true);
    expect(vertexMean([[0, 0], [4, 0], [4, 4]])).toEqual([8 / 3, 4 / 3]);
  });

  it('lies inside convex polygons and moves with translation', () => {
    fc.assert(
      fc.property(convexArb(), fc.integer({ min: -900, max: 900 }), fc.integer({ min: -900, max: 900 }), (ring, dx, dy) => {
        const c = ringCentroid(ring);
        expect(pointInRing(c, ring)).not.toBe('outside');
        const moved = ringCentroid(translateRing(ring, dx, dy));
        expect(close(moved[0], c[0] + dx, 1e-9, 1e-7)).toBe(true);
        expect(close(moved[1], c[1] + dy, 1e-9, 1e-7)).toBe(true);
      }),
    );
  });
});

describe('polygonCentroid', () => {
  it('accounts for holes', () => {
    // 10×10 square (area 100 at 5,5) minus a 2×2 hole (area 4 at 7,3).
    const outer = rectRing(0, 0, 10, 10);
    const hole = rectRing(6, 2, 2, 2);
    const [x, y] = polygonCentroid([outer, hole]);
    expect(x).toBeCloseTo((5 * 100 - 7 * 4) / 96, 12);
    expect(y).toBeCloseTo((5 * 100 - 3 * 4) / 96, 12);
  });

  it('equals ringCentroid without holes', () => {
    fc.assert(
      fc.property(rectArb(), (r) => {
        expect(polygonCentroid([r.ring])).toEqual(ringCentroid(r.ring));
        expect(polygonCentroid([r.ring])[0]).toBeCloseTo(r.x + r.w / 2, 6);
      }),
    );
  });

  it('falls back to the outer vertex mean when nothing is left', () => {
    const sq = rectRing(0, 0, 4, 4);
    expect(polygonCentroid([sq, sq])).toEqual([2, 2]);
    expect(polygonCentroid([[[0, 0], [1, 0], [2, 0]]])).toEqual([1, 0]);
    expect(polygonCentroid([])[0]).toBeNaN();
  });
});
