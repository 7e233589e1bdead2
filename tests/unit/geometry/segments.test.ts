import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  closestPointOnSegment,
  distance,
  distancePointToRing,
  distancePointToSegment,
  nearestEdge,
  segmentIntersectionPoint,
  segmentsIntersect,
} from '../../../src/geometry/segments.ts';
import type { Point } from '../../../src/geometry/types.ts';
import { pointArb, rectRing } from './arbitraries.ts';

describe('distance and closest point', () => {
  it('measures', () => {
    expect(distance([0, 0], [3, 4])).toBe(5);
    expect(distance([1, 1], [1, 1])).toBe(0);
  });

  it('projects onto the interior or clamps to the exact endpoint', () => {
    const a: Point = [0, 0];
    const b: Point = [10, 0];
    expect(closestPointOnSegment([4, 3], a, b)).toEqual([4, 0]);
    expect(closestPointOnSegment([-4, 3], a, b)).toBe(a);
    expect(closestPointOnSegment([14, -3], a, b)).toBe(b);
    expect(closestPointOnSegment([5, 5], a, a)).toBe(a);
    expect(distancePointToSegment([4, 3], a, b)).toBe(3);
    expect(distancePointToSegment([13, 4], a, b)).toBe(5);
  });

  it('returns a point on the segment no farther than either endpoint', () => {
    fc.assert(
      fc.property(pointArb(), pointArb(), pointArb(), (p, a, b) => {
        const q = closestPointOnSegment(p, a, b);
        const dq = distance(p, q);
        expect(dq).toBeLessThanOrEqual(distance(p, a) + 1e-9);
        expect(dq).toBeLessThanOrEqual(distance(p, b) + 1e-9);
        // On the segment: within its bbox and (numerically) on its line.
        expect(q[0]).toBeGreaterThanOrEqual(Math.min(a[0], b[0]) - 1e-9);
        expect(q[0]).toBeLessThanOrEqual(Math.max(a[0], b[0]) + 1e-9);
        expect(q[1]).toBeGreaterThanOrEqual(Math.min(a[1], b[1]) - 1e-9);
        expect(q[1]).toBeLessThanOrEqual(Math.max(a[1], b[1]) + 1e-9);
        const len = distance(a, b);
        const offLine = len === 0 ? distance(q, a) : Math.abs((b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0])) / len;
        expect(offLine).toBeLessThan(1e-6);
        // And it is the closest: no sampled point of the segment is nearer.
        for (let k = 0; k <= 20; k++) {
          const t = k / 20;
          const s: Point = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
          expect(dq).toBeLessThanOrEqual(distance(p, s) + 1e-9);
        }
      }),
    );
  });
});

describe('segmentsIntersect / segmentIntersectionPoint', () => {
  it('finds a proper crossing', () => {
    expect(segmentsIntersect([0, 0], [10, 10], [0, 10], [10, 0])).toBe(true);
    expect(segmentIntersectionPoint([0, 0], [10, 10], [0, 10], [10, 0])).toEqual([5, 5]);
  });

  it('counts touching at an endpoint and T-junctions, returning the exact endpoint', () => {
    expect(segmentsIntersect([0, 0], [10, 0], [10, 0], [10, 10])).toBe(true);
    expect(segmentIntersectionPoint([0, 0], [10, 0], [10, 0], [10, 10])).toEqual([10, 0]);
    expect(segmentsIntersect([0, 0], [10, 0], [5, 0], [5, 7])).toBe(true);
    expect(segmentIntersectionPoint([0, 0], [10, 0], [5, 7], [5, 0])).toEqual([5, 0]);
  });

  it('handles collinear overlap, collinear gaps and parallels', () => {
    expect(segmentsIntersect([0, 0], [10, 0], [5, 0], [15, 0])).toBe(true);
    expect(segmentIntersectionPoint([0, 0], [10, 0], [5, 0], [15, 0])).toEqual([10, 0]);
    expect(segmentsIntersect([0, 0], [10, 0], [10, 0], [15, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [10, 0], [10.5, 0], [15, 0])).toBe(false);
    expect(segmentIntersectionPoint([0, 0], [10, 0], [10.5, 0], [15, 0])).toBeNull();
    expect(segmentsIntersect([0, 0], [10, 0], [0, 1], [10, 1])).toBe(false);
    expect(segmentsIntersect([0, 0], [10, 10], [1, 0], [11, 10])).toBe(false);
  });

  it('treats zero-length segments as points', () => {
    expect(segmentsIntersect([5, 0], [5, 0], [0, 0], [10, 0])).toBe(true);
    expect(segmentsIntersect([5, 1], [5, 1], [0, 0], [10, 0])).toBe(false);
    expect(segmentsIntersect([5, 1], [5, 1], [5, 1], [5, 1])).toBe(true);
  });

  it('does not report near misses as touches (exact, no tolerance)', () => {
    expect(segmentsIntersect([0, 0], [10, 0], [5, 1e-12], [5, 10])).toBe(false);
    // c sits 1e-15 above / below the line of ab; d is far above it.
    expect(segmentsIntersect([0, 0], [3, 1], [0.1, 0.1 / 3 + 1e-15], [9, 9])).toBe(false);
    expect(segmentsIntersect([0, 0], [3, 1], [0.1, 0.1 / 3 - 1e-15], [9, 9])).toBe(true);
  });

  it('is symmetric and puts the point on both segments', () => {
    fc.assert(
      fc.property(pointArb(100), pointArb(100), pointArb(100), pointArb(100), (a, b, c, d) => {
        const hit = segmentsIntersect(a, b, c, d);
        expect(segmentsIntersect(c, d, a, b)).toBe(hit);
        expect(segmentsIntersect(b, a, d, c)).toBe(hit);
        const at = segmentIntersectionPoint(a, b, c, d);
        expect(at !== null).toBe(hit);
        if (at) {
          expect(distancePointToSegment(at, a, b)).toBeLessThan(1e-9);
          expect(distancePointToSegment(at, c, d)).toBeLessThan(1e-9);
        }
      }),
    );
  });
});

describe('ring distance', () => {
  const sq = rectRing(0, 0, 10, 10);

  it('measures to the boundary from inside and outside', () => {
    expect(distancePointToRing([5, 2], sq)).toBe(2);
    expect(distancePointToRing([13, 14], sq)).toBe(5);
    expect(distancePointToRing([10, 5], sq)).toBe(0);
  });

  it('names the nearest edge (edge i = ring[i] → ring[i+1])', () => {
    expect(nearestEdge([5, 2], sq)).toEqual({ index: 0, distance: 2, point: [5, 0] });
    expect(nearestEdge([9, 5], sq)).toEqual({ index: 1, distance: 1, point: [10, 5] });
    expect(nearestEdge([-1, 5], sq)).toEqual({ index: 3, distance: 1, point: [0, 5] });
  });

  it('handles empty and one-point rings', () => {
    expect(nearestEdge([1, 1], [])).toEqual({ index: -1, distance: Infinity, point: [1, 1] });
    expect(distancePointToRing([3, 4], [[0, 0]])).toBe(5);
  });
});
