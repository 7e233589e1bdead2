import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { pointInMultiPolygon, pointInPolygon, pointInRing } from '../../../src/geometry/contains.ts';
import { ringCentroid } from '../../../src/geometry/centroid.ts';
import type { Ring } from '../../../src/geometry/types.ts';
import { convexArb, pointArb, rectArb, rectRing } from './arbitraries.ts';

const unit = rectRing(0, 0, 1, 1);
const L: Ring = [
  [0, 0],
  [200, 0],
  [200, 100],
  [100, 100],
  [100, 200],
  [0, 200],
];

describe('pointInRing', () => {
  it('classifies a unit square, either winding', () => {
    for (const ring of [unit, unit.slice().reverse()]) {
      expect(pointInRing([0.5, 0.5], ring)).toBe('inside');
      expect(pointInRing([1.5, 0.5], ring)).toBe('outside');
      expect(pointInRing([-0.5, 0.5], ring)).toBe('outside');
      expect(pointInRing([0.5, 0], ring)).toBe('boundary');
      expect(pointInRing([1, 0.25], ring)).toBe('boundary');
      expect(pointInRing([0, 0], ring)).toBe('boundary');
      expect(pointInRing([1, 1], ring)).toBe('boundary');
    }
  });

  it('keeps the notch of an L outside, including on the extension of its edges', () => {
    expect(pointInRing([150, 150], L)).toBe('outside');
    expect(pointInRing([150, 50], L)).toBe('inside');
    expect(pointInRing([50, 150], L)).toBe('inside');
    expect(pointInRing([100, 150], L)).toBe('boundary');
    expect(pointInRing([150, 100], L)).toBe('boundary');
    expect(pointInRing([250, 100], L)).toBe('outside');
    expect(pointInRing([100, 250], L)).toBe('outside');
  });

  it('does not miscount rays through vertices', () => {
    const diamond: Ring = [[5, 0], [10, 5], [5, 10], [0, 5]];
    expect(pointInRing([2, 5], diamond)).toBe('inside');
    expect(pointInRing([-2, 5], diamond)).toBe('outside');
    expect(pointInRing([12, 5], diamond)).toBe('outside');
    expect(pointInRing([5, -1], diamond)).toBe('outside');
  });

  it('applies a relative tolerance for the boundary', () => {
    const room = rectRing(0, 0, 240, 180);
    expect(pointInRing([120, 1e-8], room)).toBe('boundary'); // 240·1e-9 = 2.4e-7 tolerance
    expect(pointInRing([120, -1e-8], room)).toBe('boundary');
    expect(pointInRing([120, 1e-6], room)).toBe('inside');
    expect(pointInRing([120, -1e-6], room)).toBe('outside');
    expect(pointInRing([120, 0.4], room, 1e-2)).toBe('boundary');
  });

  it('handles empty and degenerate rings', () => {
    expect(pointInRing([0, 0], [])).toBe('outside');
    expect(pointInRing([1, 1], [[1, 1]])).toBe('boundary');
    expect(pointInRing([1, 0], [[0, 0], [2, 0]])).toBe('boundary');
    expect(pointInRing([1, 1], [[0, 0], [2, 0]])).toBe('outside');
  });

  it('uses the nonzero rule for self-overlapping rings, like polyclip-ts', () => {
    // The same square wound twice: winding number 2 inside, still "inside".
    const twice: Ring = [...unit, ...unit];
    expect(pointInRing([0.5, 0.5], twice)).toBe('inside');
  });

  it('agrees with the analytic answer for rectangles', () => {
    fc.assert(
      fc.property(rectArb(), pointArb(3000), (r, p) => {
        const [x, y] = p;
        const inX = x > r.x && x < r.x + r.w;
        const inY = y > r.y && y < r.y + r.h;
        const onX = x >= r.x && x <= r.x + r.w;
        const onY = y >= r.y && y <= r.y + r.h;
        const expected = inX && inY ? 'inside' : onX && onY ? 'boundary' : 'outside';
        expect(pointInRing(p, r.ring)).toBe(expected);
      }),
    );
  });

  it('puts convex polygons’ centroids and vertices where they belong', () => {
    fc.assert(
      fc.property(convexArb(), (ring) => {
        expect(pointInRing(ringCentroid(ring), ring)).toBe('inside');
        for (const v of ring) expect(pointInRing(v, ring)).toBe('boundary');
      }),
    );
  });
});

describe('pointInPolygon / pointInMultiPolygon', () => {
  const withHole = [rectRing(0, 0, 10, 10), rectRing(3, 3, 4, 4)];

  it('respects holes', () => {
    expect(pointInPolygon([1, 1], withHole)).toBe('inside');
    expect(pointInPolygon([5, 5], withHole)).toBe('outside');
    expect(pointInPolygon([3, 5], withHole)).toBe('boundary');
    expect(pointInPolygon([10, 5], withHole)).toBe('boundary');
    expect(pointInPolygon([11, 5], withHole)).toBe('outside');
    expect(pointInPolygon([1, 1], [])).toBe('outside');
  });

  it('combines parts', () => {
    const mp = [withHole, [rectRing(10, 0, 5, 5)], [rectRing(4, 4, 2, 2)]];
    expect(pointInMultiPolygon([12, 2], mp)).toBe('inside');
    expect(pointInMultiPolygon([5, 5], mp)).toBe('inside'); // island inside the hole
    expect(pointInMultiPolygon([3.5, 3.5], mp)).toBe('outside');
    expect(pointInMultiPolygon([10, 2], mp)).toBe('boundary'); // shared edge of two parts
    expect(pointInMultiPolygon([12, 2], [])).toBe('outside');
  });
});
