/**
 * Clearance geometry for shortest paths that keep a distance from corners and obstructions: distances from a
 * segment to a point or a convex shape, proper crossings, and the circumscribed polygon that stands in for a
 * clearance circle. Circumscribed (not inscribed) so that a path around the polygon never cuts inside the circle:
 * travel distances come out a hair long, never short — the safe side for an inspector.
 */
import type { Point, Ring } from './types.ts';

/** Squared distance from p to segment ab. */
export function pointSegmentDistanceSq(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/**
 * Segments pq and ab cross at a point interior to both. Touching, ending on the other segment and running along
 * it do not count: a path may graze a wall, not pass through it. `eps` is in inches of perpendicular offset.
 */
export function crossesProperly(p: Point, q: Point, a: Point, b: Point, eps = 1e-7): boolean {
  const lab = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const lpq = Math.hypot(q[0] - p[0], q[1] - p[1]);
  if (lab === 0 || lpq === 0) return false;
  const d1 = cross(a, b, p) / lab;
  const d2 = cross(a, b, q) / lab;
  if ((d1 > eps && d2 > eps) || (d1 < -eps && d2 < -eps) || Math.abs(d1) <= eps || Math.abs(d2) <= eps) return false;
  const d3 = cross(p, q, a) / lpq;
  const d4 = cross(p, q, b) / lpq;
  return (d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps);
}

/** Segments intersect at all (touching included). */
function segmentsMeet(p: Point, q: Point, a: Point, b: Point): boolean {
  const d1 = cross(a, b, p);
  const d2 = cross(a, b, q);
  const d3 = cross(p, q, a);
  const d4 = cross(p, q, b);
  if (d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0) {
    // On one line: they meet only where their extents overlap (two exits on one wall are apart, not touching).
    const overlap = (u: number, v: number, s: number, t: number) => Math.max(Math.min(u, v), Math.min(s, t)) <= Math.min(Math.max(u, v), Math.max(s, t));
    return overlap(p[0], q[0], a[0], b[0]) && overlap(p[1], q[1], a[1], b[1]);
  }
  return ((d1 >= 0 && d2 <= 0) || (d1 <= 0 && d2 >= 0)) && ((d3 >= 0 && d4 <= 0) || (d3 <= 0 && d4 >= 0));
}

/** Whether p lies inside (or on) a convex ring of either winding. */
export function insideConvex(p: Point, ring: Ring): boolean {
  let sign = 0;
  for (let i = 0; i < ring.length; i++) {
    const c = cross(ring[i]!, ring[(i + 1) % ring.length]!, p);
    if (c === 0) continue;
    const s = c > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/** Squared distance between segment pq and a convex ring (0 when they meet). */
export function segmentConvexDistanceSq(p: Point, q: Point, ring: Ring): number {
  if (insideConvex(p, ring) || insideConvex(q, ring)) return 0;
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    if (segmentsMeet(p, q, a, b)) return 0;
    best = Math.min(best, pointSegmentDistanceSq(a, p, q), pointSegmentDistanceSq(p, a, b), pointSegmentDistanceSq(q, a, b));
  }
  return best;
}

/** Squared distance from a point to a convex ring (0 inside). */
export function pointConvexDistanceSq(p: Point, ring: Ring): number {
  if (insideConvex(p, ring)) return 0;
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) best = Math.min(best, pointSegmentDistanceSq(p, ring[i]!, ring[(i + 1) % ring.length]!));
  return best;
}

/**
 * Vertices of a polygon circumscribed about the arc of radius r around `centre` from angle `from` to `to`
 * (radians, increasing), in steps of at most `maxStep`. Each vertex sits at r / cos(step/2), so every edge of the
 * polygon is tangent to the circle. Returned with the tangent directions of its two neighbours ("wings") so a
 * path can be tested for tautness at the vertex.
 */
export function circumscribedArc(centre: Point, r: number, from: number, to: number, maxStep: number): Point[] {
  const span = to - from;
  const steps = Math.max(1, Math.ceil(span / maxStep - 1e-9));
  const step = span / steps;
  const far = r / Math.cos(step / 2);
  const out: Point[] = [];
  for (let i = 0; i < steps; i++) {
    const angle = from + (i + 0.5) * step;
    out.push([centre[0] + far * Math.cos(angle), centre[1] + far * Math.sin(angle)]);
  }
  return out;
}

/** The closest points of segments ab and cd, and their distance (0 when they meet). */
export function closestBetweenSegments(a: Point, b: Point, c: Point, d: Point): { distance: number; p: Point; q: Point } {
  if (segmentsMeet(a, b, c, d)) {
    return { distance: 0, p: a, q: a };
  }
  const project = (p: Point, s: Point, t: Point): Point => {
    const dx = t[0] - s[0];
    const dy = t[1] - s[1];
    const len2 = dx * dx + dy * dy;
    let u = len2 === 0 ? 0 : ((p[0] - s[0]) * dx + (p[1] - s[1]) * dy) / len2;
    u = u < 0 ? 0 : u > 1 ? 1 : u;
    return [s[0] + u * dx, s[1] + u * dy];
  };
  const options: [Point, Point][] = [[a, project(a, c, d)], [b, project(b, c, d)], [project(c, a, b), c], [project(d, a, b), d]];
  let best = { distance: Infinity, p: a, q: c };
  for (const [p, q] of options) {
    const dist = Math.hypot(p[0] - q[0], p[1] - q[1]);
    if (dist < best.distance) best = { distance: dist, p, q };
  }
  return best;
}
