import type { MultiPolygon, Polygon, Ring } from './types.ts';

/**
 * Shoelace area, signed. Positive means counter-clockwise in MATH axes (y up). Plans use screen
 * axes (y down), so a positive result is a ring that looks CLOCKWISE on screen, and vice versa.
 * polyclip-ts output (outer rings CCW in math axes) therefore has positive outer rings here.
 * Vertices are taken relative to the first one: plan coordinates reach ~10^4 in, and products
 * of absolute coordinates would cancel away digits for small rooms far from the origin.
 */
export function signedArea(ring: Ring): number {
  const n = ring.length;
  if (n < 3) return 0;
  const [x0, y0] = ring[0]!;
  let twice = 0;
  for (let i = 1; i < n - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    twice += (a[0] - x0) * (b[1] - y0) - (b[0] - x0) * (a[1] - y0);
  }
  return twice / 2;
}

export function ringArea(ring: Ring): number {
  return Math.abs(signedArea(ring));
}

/** Outer minus holes, each taken unsigned so callers need not care about winding. */
export function polygonArea(polygon: Polygon): number {
  let area = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = ringArea(polygon[i]!);
    area += i === 0 ? a : -a;
  }
  return area;
}

/** Sum over parts; assumes the parts do not overlap (true for boolean-op output). */
export function multiPolygonArea(mp: MultiPolygon): number {
  let area = 0;
  for (const polygon of mp) area += polygonArea(polygon);
  return area;
}
