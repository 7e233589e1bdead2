import { ringBBox } from './bbox.ts';
import { orient2d } from './orient.ts';
import { distancePointToSegment } from './segments.ts';
import type { MultiPolygon, Point, Polygon, Ring } from './types.ts';

export type PointLocation = 'inside' | 'outside' | 'boundary';

/** Default boundary tolerance, relative to the ring's size (see pointInRing). */
export const DEFAULT_CONTAINS_EPS = 1e-9;

/**
 * Where p lies relative to a ring (either winding).
 *
 * 'boundary' when p is within eps·scale of an edge, scale = the larger side of the ring's bbox
 * (at least 1 inch, so tiny or degenerate rings still get an absolute floor of eps inches).
 * The tolerance absorbs rounding in computed points (door centres, offsets) that should sit on a
 * wall. Otherwise the nonzero winding rule decides, the same rule polyclip-ts applies to
 * self-crossing rings, so containment agrees with the boolean ops. Winding signs use the exact
 * orient2d, so points near but off an edge are never misclassified by rounding.
 */
export function pointInRing(p: Point, ring: Ring, eps: number = DEFAULT_CONTAINS_EPS): PointLocation {
  const n = ring.length;
  if (n === 0) return 'outside';
  const { minX, minY, maxX, maxY } = ringBBox(ring);
  const tol = eps * Math.max(1, maxX - minX, maxY - minY);
  const px = p[0];
  const py = p[1];
  if (px < minX - tol || px > maxX + tol || py < minY - tol || py > maxY + tol) return 'outside';

  const winding = windingOver(p, ring, tol);
  if (winding === ON_EDGE) return 'boundary';
  return winding !== 0 ? 'inside' : 'outside';
}

/** windingOver's answer when p lies on an edge (within the tolerance). */
export const ON_EDGE = Infinity;

/**
 * The winding number of p over a ring's edges — all of them, or edge i = only[k] for k in [from, to) — or ON_EDGE as
 * soon as p is within `tol` of one. Winding signs use the exact orient2d, so points near but off an edge are never
 * misclassified by rounding.
 */
export function windingOver(p: Point, ring: Ring, tol: number, only?: Int32Array, from = 0, to = ring.length): number {
  const n = ring.length;
  const px = p[0];
  const py = p[1];
  let winding = 0;
  for (let k = from; k < to; k++) {
    const i = only ? only[k]! : k;
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    // Cheap reject before the sqrt: only edges whose bbox (grown by tol) holds p can be that close.
    if (
      px >= Math.min(a[0], b[0]) - tol &&
      px <= Math.max(a[0], b[0]) + tol &&
      py >= Math.min(a[1], b[1]) - tol &&
      py <= Math.max(a[1], b[1]) + tol &&
      distancePointToSegment(p, a, b) <= tol
    ) {
      return ON_EDGE;
    }
    if (a[1] <= py) {
      if (b[1] > py && orient2d(a, b, p) > 0) winding++;
    } else if (b[1] <= py && orient2d(a, b, p) < 0) {
      winding--;
    }
  }
  return winding;
}

/** Holes are respected: inside a hole is 'outside', on a hole's edge is 'boundary'. */
export function pointInPolygon(p: Point, polygon: Polygon, eps: number = DEFAULT_CONTAINS_EPS): PointLocation {
  const outer = polygon[0];
  if (!outer) return 'outside';
  const where = pointInRing(p, outer, eps);
  if (where !== 'inside') return where;
  for (let i = 1; i < polygon.length; i++) {
    const inHole = pointInRing(p, polygon[i]!, eps);
    if (inHole === 'inside') return 'outside';
    if (inHole === 'boundary') return 'boundary';
  }
  return 'inside';
}

/**
 * 'inside' if any part has p inside; otherwise 'boundary' if any part has it on its boundary.
 * A point where two parts touch (or on an edge two abutting parts share) is therefore
 * 'boundary', even though it may be interior to the union as a set.
 */
export function pointInMultiPolygon(p: Point, mp: MultiPolygon, eps: number = DEFAULT_CONTAINS_EPS): PointLocation {
  let onBoundary = false;
  for (const polygon of mp) {
    const where = pointInPolygon(p, polygon, eps);
    if (where === 'inside') return 'inside';
    if (where === 'boundary') onBoundary = true;
  }
  return onBoundary ? 'boundary' : 'outside';
}
