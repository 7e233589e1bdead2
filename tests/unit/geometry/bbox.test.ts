import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_BBOX,
  bboxIsEmpty,
  bboxUnion,
  bboxesOverlap,
  multiPolygonBBox,
  polygonBBox,
  ringBBox,
} from '../../../src/geometry/bbox.ts';
import { rectArb, rectRing } from './arbitraries.ts';

describe('bbox', () => {
  it('bounds a ring', () => {
    expect(ringBBox([[3, -1], [0, 4], [-2, 2]])).toEqual({ minX: -2, minY: -1, maxX: 3, maxY: 4 });
  });

  it('treats touching boxes as overlapping and separated ones as not', () => {
    const a = ringBBox(rectRing(0, 0, 1, 1));
    expect(bboxesOverlap(a, ringBBox(rectRing(1, 0, 1, 1)))).toBe(true); // shared edge
    expect(bboxesOverlap(a, ringBBox(rectRing(1, 1, 1, 1)))).toBe(true); // shared corner
    expect(bboxesOverlap(a, ringBBox(rectRing(1.5, 0, 1, 1)))).toBe(false);
    expect(bboxesOverlap(a, ringBBox(rectRing(0, -2, 1, 1)))).toBe(false);
  });

  it('unions, with the empty box as identity', () => {
    const a = ringBBox(rectRing(0, 0, 1, 1));
    const b = ringBBox(rectRing(5, -3, 1, 1));
    expect(bboxUnion(a, b)).toEqual({ minX: 0, minY: -3, maxX: 6, maxY: 1 });
    expect(bboxUnion(EMPTY_BBOX, a)).toEqual(a);
    expect(bboxIsEmpty(ringBBox([]))).toBe(true);
    expect(bboxIsEmpty(a)).toBe(false);
    expect(bboxesOverlap(EMPTY_BBOX, a)).toBe(false);
  });

  it('bounds polygons by their outer ring and multipolygons by all parts', () => {
    expect(polygonBBox([rectRing(0, 0, 10, 10), rectRing(2, 2, 1, 1)])).toEqual({ minX: 0, minY: 0, maxX: 10, maxY: 10 });
    expect(bboxIsEmpty(polygonBBox([]))).toBe(true);
    expect(multiPolygonBBox([[rectRing(0, 0, 1, 1)], [rectRing(4, 4, 1, 1)]])).toEqual({ minX: 0, minY: 0, maxX: 5, maxY: 5 });
  });

  it('agrees with rectangle intersection for random rectangles', () => {
    fc.assert(
      fc.property(rectArb(), rectArb(), (a, b) => {
        const expected = a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
        expect(bboxesOverlap(ringBBox(a.ring), ringBBox(b.ring))).toBe(expected);
      }),
    );
  });
});
