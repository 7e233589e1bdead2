import { orient2d } from './orient.ts';
import { distance } from './segments.ts';
import type { Point, Ring } from './types.ts';

/**
 * Convex hull by Andrew's monotone chain with the exact orient2d, so collinear points are
 * reliably dropped. Returns the hull with signedArea > 0 (CCW in math axes, clockwise on screen),
 * starting at the lowest-x (then lowest-y) point. Degenerate input: [] for none, one point for
 * coincident points, the two extreme points for collinear ones.
 */
export function convexHull(points: readonly Point[]): Ring {
  const pts = points
    .filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
    .slice()
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const unique: Point[] = [];
  for (const p of pts) {
    const last = unique[unique.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) unique.push(p);
  }
  if (unique.length <= 2) return unique;

  const lower: Point[] = [];
  for (const p of unique) {
    while (lower.length >= 2 && orient2d(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = unique.length - 1; i >= 0; i--) {
    const p = unique[i]!;
    while (upper.length >= 2 && orient2d(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

export interface Diameter {
  readonly length: number;
  readonly a: Point;
  readonly b: Point;
}

/** Twice the area of triangle (p, q, r), unsigned, for comparing caliper heights. */
function area2(p: Point, q: Point, r: Point): number {
  return Math.abs((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
}

/**
 * The farthest pair of points (rotating calipers over the hull, O(n log n)). null for no points;
 * a single point gives length 0 with a = b.
 */
export function diameter(points: readonly Point[]): Diameter | null {
  const hull = convexHull(points);
  const m = hull.length;
  if (m === 0) return null;
  if (m === 1) return { length: 0, a: hull[0]!, b: hull[0]! };
  if (m === 2) return { length: distance(hull[0]!, hull[1]!), a: hull[0]!, b: hull[1]! };

  let best: Diameter = { length: -1, a: hull[0]!, b: hull[0]! };
  const consider = (p: Point, q: Point) => {
    const len = distance(p, q);
    if (len > best.length) best = { length: len, a: p, b: q };
  };
  // For each hull edge, advance the antipodal vertex while it gets farther from the edge's line;
  // every antipodal pair is visited once the edge pointer has gone round.
  let j = 1;
  for (let i = 0; i < m; i++) {
    const p = hull[i]!;
    const q = hull[(i + 1) % m]!;
    let guard = 0;
    while (area2(p, q, hull[(j + 1) % m]!) > area2(p, q, hull[j]!) && guard++ < m) j = (j + 1) % m;
    consider(p, hull[j]!);
    consider(q, hull[j]!);
  }
  return best;
}
