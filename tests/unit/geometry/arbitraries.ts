/*
 * Shared fast-check generators. Coordinates stay in the 0..10000 in range and on integer or
 * quarter-inch grids, as drawn plans do, which keeps the boolean ops well-conditioned.
 */
import fc from 'fast-check';
import { convexHull } from '../../../src/geometry/hull.ts';
import type { Point, Ring } from '../../../src/geometry/types.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly ring: Ring;
}

export function rectRing(x: number, y: number, w: number, h: number): Ring {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

/** Axis-aligned rectangles on a quarter-inch grid, crowded into origin..origin+span so pairs overlap often. */
export function rectArb(span = 2000, origin = 0): fc.Arbitrary<Rect> {
  return fc
    .record({
      x: fc.integer({ min: 0, max: span * 4 }),
      y: fc.integer({ min: 0, max: span * 4 }),
      w: fc.integer({ min: 4, max: 4000 }),
      h: fc.integer({ min: 4, max: 4000 }),
      clockwise: fc.boolean(),
    })
    .map(({ x, y, w, h, clockwise }) => {
      const r = { x: origin + x / 4, y: origin + y / 4, w: w / 4, h: h / 4 };
      const ring = rectRing(r.x, r.y, r.w, r.h);
      return { ...r, ring: clockwise ? ring.slice().reverse() : ring };
    });
}

/** Convex polygons with integer vertices: hull of points on a circle, at least a triangle. */
export function convexArb(): fc.Arbitrary<Ring> {
  return fc
    .record({
      cx: fc.integer({ min: 1000, max: 3000 }),
      cy: fc.integer({ min: 1000, max: 3000 }),
      r: fc.integer({ min: 20, max: 1000 }),
      angles: fc.array(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), { minLength: 3, maxLength: 12 }),
      reverse: fc.boolean(),
    })
    .map(({ cx, cy, r, angles, reverse }) => {
      const pts: Point[] = angles.map((t) => [Math.round(cx + r * Math.cos(t)), Math.round(cy + r * Math.sin(t))]);
      const hull = convexHull(pts);
      return reverse ? hull.slice().reverse() : hull;
    })
    .filter((ring) => ring.length >= 3);
}

/** Either shape, for boolean-op properties. */
export function shapeArb(): fc.Arbitrary<Ring> {
  return fc.oneof(
    rectArb().map((r) => r.ring),
    convexArb(),
  );
}

export function pointArb(max = 10000): fc.Arbitrary<Point> {
  return fc.tuple(fc.integer({ min: 0, max: max * 4 }), fc.integer({ min: 0, max: max * 4 })).map(([x, y]) => [x / 4, y / 4] as const);
}

/** Relative-or-absolute closeness, for areas that went through floating-point boolean ops. */
export function close(actual: number, expected: number, rel = 1e-9, abs = 1e-9): boolean {
  return Math.abs(actual - expected) <= abs + rel * Math.max(Math.abs(actual), Math.abs(expected));
}
