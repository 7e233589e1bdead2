import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { signedArea } from '../../../src/geometry/area.ts';
import { pointInRing } from '../../../src/geometry/contains.ts';
import { convexHull, diameter } from '../../../src/geometry/hull.ts';
import { orient2d } from '../../../src/geometry/orient.ts';
import { distance } from '../../../src/geometry/segments.ts';
import type { Point } from '../../../src/geometry/types.ts';
import { pointArb } from './arbitraries.ts';

describe('convexHull', () => {
  it('drops interior and collinear boundary points', () => {
    const pts: Point[] = [[0, 0], [5, 0], [10, 0], [10, 5], [10, 10], [5, 5], [0, 10], [2, 3], [0, 5], [5, 10]];
    expect(convexHull(pts)).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
  });

  it('returns a positive (clockwise on screen) ring', () => {
    expect(signedArea(convexHull([[0, 0], [0, 4], [4, 4], [4, 0], [1, 1]]))).toBe(16);
  });

  it('handles 0, 1, 2, duplicate and collinear points', () => {
    expect(convexHull([])).toEqual([]);
    expect(convexHull([[1, 2]])).toEqual([[1, 2]]);
    expect(convexHull([[1, 2], [1, 2], [1, 2]])).toEqual([[1, 2]]);
    expect(convexHull([[3, 3], [1, 2]])).toEqual([[1, 2], [3, 3]]);
    expect(convexHull([[2, 2], [0, 0], [3, 3], [1, 1]])).toEqual([[0, 0], [3, 3]]);
  });

  it('contains every point and is strictly convex', () => {
    fc.assert(
      fc.property(fc.array(pointArb(1000), { minLength: 3, maxLength: 60 }), (pts) => {
        const hull = convexHull(pts);
        if (hull.length >= 3) {
          for (const p of pts) expect(pointInRing(p, hull)).not.toBe('outside');
          for (let i = 0; i < hull.length; i++) {
            expect(orient2d(hull[i]!, hull[(i + 1) % hull.length]!, hull[(i + 2) % hull.length]!)).toBe(1);
          }
        }
        for (const v of hull) expect(pts.some((p) => p[0] === v[0] && p[1] === v[1])).toBe(true);
      }),
    );
  });
});

describe('diameter', () => {
  it('handles 0, 1 and 2 points', () => {
    expect(diameter([])).toBeNull();
    expect(diameter([[4, 5]])).toEqual({ length: 0, a: [4, 5], b: [4, 5] });
    expect(diameter([[0, 0], [3, 4]])).toEqual({ length: 5, a: [0, 0], b: [3, 4] });
  });

  it('finds the diagonal of a rectangle and the span of collinear points', () => {
    expect(diameter([[0, 0], [30, 0], [30, 40], [0, 40], [10, 10]])!.length).toBe(50);
    expect(diameter([[0, 0], [1, 0], [7, 0], [3, 0]])!.length).toBe(7);
  });

  it('is at least every pairwise distance and attained by its pair', () => {
    fc.assert(
      fc.property(fc.array(pointArb(1000), { minLength: 1, maxLength: 40 }), (pts) => {
        const d = diameter(pts)!;
        let max = 0;
        for (const p of pts) for (const q of pts) max = Math.max(max, distance(p, q));
        for (const p of pts) for (const q of pts) expect(d.length).toBeGreaterThanOrEqual(distance(p, q));
        expect(d.length).toBe(max);
        expect(distance(d.a, d.b)).toBe(d.length);
      }),
    );
  });

  it('is exact on regular polygons, where calipers meet many ties', () => {
    for (const n of [3, 4, 5, 6, 7, 8, 12, 36]) {
      const pts: Point[] = Array.from({ length: n }, (_, k) => [1000 * Math.cos((2 * Math.PI * k) / n), 1000 * Math.sin((2 * Math.PI * k) / n)]);
      let max = 0;
      for (const p of pts) for (const q of pts) max = Math.max(max, distance(p, q));
      expect(diameter(pts)!.length).toBe(max);
    }
  });
});
