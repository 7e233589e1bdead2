import { orient2d } from './orient.ts';
import type { Point, Ring } from './types.ts';

export function distance(p: Point, q: Point): number {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Closest point to p on segment ab. Endpoints are returned as the very same values (not a
 * recomputed a + 1·(b − a)) so callers can compare them exactly with vertices.
 * A zero-length segment yields a.
 */
export function closestPointOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return a;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  if (!(t > 0)) return a;
  if (t >= 1) return b;
  return [a[0] + t * dx, a[1] + t * dy];
}

export function distancePointToSegment(p: Point, a: Point, b: Point): number {
  return distance(p, closestPointOnSegment(p, a, b));
}

/** Given p collinear with ab, whether it lies within the segment's closed extent (exact). */
function withinExtent(p: Point, a: Point, b: Point): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/**
 * Whether closed segments ab and cd share at least one point. Exact (orient2d), so touching at an
 * endpoint, T-junctions and collinear overlap all count, with no tolerance: walls snapped to the
 * same coordinates touch, walls a hair apart do not. Zero-length segments behave as points.
 */
export function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orient2d(c, d, a);
  const o2 = orient2d(c, d, b);
  const o3 = orient2d(a, b, c);
  const o4 = orient2d(a, b, d);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && withinExtent(a, c, d)) return true;
  if (o2 === 0 && withinExtent(b, c, d)) return true;
  if (o3 === 0 && withinExtent(c, a, b)) return true;
  if (o4 === 0 && withinExtent(d, a, b)) return true;
  return false;
}

/**
 * A point shared by closed segments ab and cd, or null if they are disjoint.
 * - Touching (an endpoint lies on the other segment): that endpoint, exactly.
 * - Collinear overlap: one overlap endpoint — the first of a, b, c, d that lies on the other
 *   segment. Use segmentsIntersect + your own projection if you need the whole overlap.
 * - Proper crossing: the computed crossing, clamped into both segments' bounding boxes so
 *   rounding can never place it outside either segment's extent.
 */
export function segmentIntersectionPoint(a: Point, b: Point, c: Point, d: Point): Point | null {
  const o1 = orient2d(c, d, a);
  const o2 = orient2d(c, d, b);
  const o3 = orient2d(a, b, c);
  const o4 = orient2d(a, b, d);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const rx = b[0] - a[0];
    const ry = b[1] - a[1];
    const sx = d[0] - c[0];
    const sy = d[1] - c[1];
    const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / (rx * sy - ry * sx);
    const x = a[0] + t * rx;
    const y = a[1] + t * ry;
    const lo = (u: number, v: number, w: number, z: number) => Math.max(Math.min(u, v), Math.min(w, z));
    const hi = (u: number, v: number, w: number, z: number) => Math.min(Math.max(u, v), Math.max(w, z));
    return [
      Math.min(Math.max(x, lo(a[0], b[0], c[0], d[0])), hi(a[0], b[0], c[0], d[0])),
      Math.min(Math.max(y, lo(a[1], b[1], c[1], d[1])), hi(a[1], b[1], c[1], d[1])),
    ];
  }
  if (o1 === 0 && withinExtent(a, c, d)) return a;
  if (o2 === 0 && withinExtent(b, c, d)) return b;
  if (o3 === 0 && withinExtent(c, a, b)) return c;
  if (o4 === 0 && withinExtent(d, a, b)) return d;
  return null;
}

export interface NearestEdge {
  /** Edge i runs from ring[i] to ring[(i + 1) % n]; −1 for an empty ring. */
  readonly index: number;
  readonly distance: number;
  /** Closest point on that edge; p itself for an empty ring. */
  readonly point: Point;
}

/** The ring's closest edge to p (first one on ties). A one-vertex ring has one zero-length edge. */
export function nearestEdge(p: Point, ring: Ring): NearestEdge {
  const n = ring.length;
  let best: NearestEdge = { index: -1, distance: Infinity, point: p };
  for (let i = 0; i < n; i++) {
    const q = closestPointOnSegment(p, ring[i]!, ring[(i + 1) % n]!);
    const dist = distance(p, q);
    if (dist < best.distance) best = { index: i, distance: dist, point: q };
  }
  return best;
}

/** Distance from p to the ring's boundary (not 0 inside: the ring is treated as a closed curve). */
export function distancePointToRing(p: Point, ring: Ring): number {
  return nearestEdge(p, ring).distance;
}
