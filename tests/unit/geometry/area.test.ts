import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { multiPolygonArea, polygonArea, ringArea, signedArea } from '../../../src/geometry/area.ts';
import { rotateRing, translateRing } from '../../../src/geometry/transform.ts';
import type { Ring } from '../../../src/geometry/types.ts';
import { close, convexArb, rectArb, rectRing } from './arbitraries.ts';

const unit: Ring = rectRing(0, 0, 1, 1);
const L: Ring = [
  [0, 0],
  [200, 0],
  [200, 100],
  [100, 100],
  [100, 200],
  [0, 200],
];

describe('signedArea', () => {
  it('is positive for CCW in math axes (clockwise on screen) and negative reversed', () => {
    expect(signedArea(unit)).toBe(1);
    expect(signedArea(unit.slice().reverse())).toBe(-1);
  });

  it('is 0 for fewer than 3 vertices and for collinear vertices', () => {
    expect(signedArea([])).toBe(0);
    expect(signedArea([[0, 0]])).toBe(0);
    expect(signedArea([[0, 0], [5, 5]])).toBe(0);
    expect(signedArea([[0, 0], [1, 1], [2, 2], [3, 3]])).toBe(0);
  });

  it('keeps precision for a small room far from the origin', () => {
    expect(signedArea(rectRing(9999.25, 9999.5, 0.25, 0.5))).toBe(0.125);
  });
});

describe('ringArea / polygonArea / multiPolygonArea', () => {
  it('measures an L shape', () => {
    expect(ringArea(L)).toBe(30000);
    expect(ringArea(L.slice().reverse())).toBe(30000);
  });

  it('subtracts holes whatever their winding', () => {
    const outer = rectRing(0, 0, 10, 10);
    const hole = rectRing(2, 2, 3, 3);
    expect(polygonArea([outer, hole])).toBe(91);
    expect(polygonArea([outer, hole.slice().reverse()])).toBe(91);
    expect(polygonArea([outer.slice().reverse(), hole])).toBe(91);
  });

  it('sums parts and handles empty input', () => {
    expect(polygonArea([])).toBe(0);
    expect(multiPolygonArea([])).toBe(0);
    expect(multiPolygonArea([[unit], [L]])).toBe(30001);
  });

  it('is translation invariant', () => {
    fc.assert(
      fc.property(convexArb(), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), (ring, dx, dy) => {
        expect(close(ringArea(translateRing(ring, dx, dy)), ringArea(ring))).toBe(true);
      }),
    );
  });

  it('is rotation invariant', () => {
    fc.assert(
      fc.property(fc.oneof(convexArb(), rectArb().map((r) => r.ring)), fc.double({ min: -720, max: 720, noNaN: true }), (ring, deg) => {
        expect(close(ringArea(rotateRing(ring, deg, [5000, 5000])), ringArea(ring), 1e-9, 1e-6)).toBe(true);
      }),
    );
  });

  it('gives w·h for rectangles', () => {
    fc.assert(
      fc.property(rectArb(), (r) => {
        expect(ringArea(r.ring)).toBe(r.w * r.h);
      }),
    );
  });
});
