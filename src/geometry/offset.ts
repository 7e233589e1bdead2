import { signedArea } from './area.ts';
import { clip, dropSlivers, union } from './boolean.ts';
import { samePoint } from './orient.ts';
import { rotatePoint } from './transform.ts';
import type { MultiPolygon, Point, Polygon, Ring } from './types.ts';

/**
 * Round joins are polylines whose segments subtend at most this angle. Arc points lie ON the
 * circle (inscribed chords), so the offset boundary is never farther than |d| from the ring and
 * falls short by at most the sagitta |d|·(1 − cos 5°) ≈ 0.0038·|d| (0.38 %; 0.05 in at d = 12 in).
 * Area: each full turn of corner arcs (e.g. the four corners of a rectangle) loses at most
 * d²·(π − 18·sin 10°) ≈ 0.0159·d². Growing therefore slightly under-covers at convex corners;
 * shrinking slightly under-removes at reflex corners.
 */
export const MAX_ARC_STEP_DEG = 10;

/** Upper bound on the area an offset loses to chords, per full 360° of corner arcs. */
export function arcAreaErrorPerTurn(d: number): number {
  const n = 360 / MAX_ARC_STEP_DEG;
  return d * d * (Math.PI - (n / 2) * Math.sin((2 * Math.PI) / n));
}

/** Boolean output this much thinner than the ring (relative to its size) is rounding debris. */
const SLIVER_RATIO = 1e-9;

function arcSteps(sweepRad: number): number {
  // The small slack keeps an exact 90° from becoming 10 steps through rounding of π.
  return Math.max(1, Math.ceil(Math.abs(sweepRad) / ((MAX_ARC_STEP_DEG * Math.PI) / 180) - 1e-9));
}

/** Circle polygon with vertices on the circle, at most MAX_ARC_STEP_DEG apart. */
export function circle(center: Point, radius: number): Ring {
  const n = arcSteps(2 * Math.PI);
  const out: Point[] = [];
  for (let k = 0; k < n; k++) {
    const t = (2 * Math.PI * k) / n;
    out.push([center[0] + radius * Math.cos(t), center[1] + radius * Math.sin(t)]);
  }
  return out;
}

/**
 * Footprint of w (along local x) by d (along local y) centred at center and turned CLOCKWISE on
 * screen by rotationDeg (y down; x' = x cos − y sin, y' = x sin + y cos). Corners start at the
 * local top-left and go clockwise on screen, i.e. signedArea > 0. Quarter turns are exact.
 */
export function rectangle(center: Point, size: readonly [w: number, d: number], rotationDeg: number): Ring {
  const hw = size[0] / 2;
  const hd = size[1] / 2;
  const local: Point[] = [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ];
  return local.map((p) => {
    const [x, y] = rotatePoint(p, rotationDeg);
    return [center[0] + x, center[1] + y];
  });
}

function dedupe(ring: Ring): Point[] {
  const pts: Point[] = [];
  for (const p of ring) {
    const last = pts[pts.length - 1];
    if (!last || !samePoint(last, p)) pts.push(p);
  }
  while (pts.length > 1 && samePoint(pts[0]!, pts[pts.length - 1]!)) pts.pop();
  return pts;
}

/** A zero-area ring buffered as the polyline it is: two-sided bands plus discs at every vertex. */
function bufferDegenerate(pts: readonly Point[], d: number): MultiPolygon {
  const parts: Polygon[] = [];
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    const a = pts[i]!;
    parts.push([circle(a, d)]);
    if (n < 2 || (n === 2 && i === 1)) continue;
    const b = pts[(i + 1) % n]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const nx = ((b[1] - a[1]) / len) * d;
    const ny = (-(b[0] - a[0]) / len) * d;
    parts.push([
      [
        [a[0] + nx, a[1] + ny],
        [b[0] + nx, b[1] + ny],
        [b[0] - nx, b[1] - ny],
        [a[0] - nx, a[1] - ny],
      ],
    ]);
  }
  return union(parts);
}

/**
 * Planar buffer of the area enclosed by a simple ring: d > 0 grows by d inches, d < 0 shrinks
 * (which may split the area or make it vanish → []), d = 0 returns the ring normalised by the
 * boolean engine. Round joins, arcs per MAX_ARC_STEP_DEG. Output follows polyclip-ts
 * conventions (outer rings signedArea > 0, no closing vertex).
 *
 * Built as the exact Minkowski construction, restricted to the pieces that can matter: the ring,
 * the band each edge sweeps on the side moving away from the area, and a pie-slice join at each
 * vertex where that side is convex. A vertex turning the other way needs no join: every point
 * near it on that side is already within d of one of its two edges. Growing unions the pieces;
 * shrinking subtracts them. Sharing the computed band corners with the joins keeps seams exact,
 * so the boolean engine sees no hairline gaps. Parts thinner than 1e-9 of the ring's size are
 * dropped as rounding debris.
 *
 * A ring enclosing no area (< 3 distinct points or all collinear) grows as the polyline it
 * traces (capsules) and shrinks to [].
 */
export function offsetRing(ring: Ring, d: number): MultiPolygon {
  let pts = dedupe(ring);
  if (!Number.isFinite(d) || pts.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return [];
  const area = signedArea(pts);
  if (pts.length < 3 || area === 0) {
    return d > 0 && pts.length > 0 ? bufferDegenerate(pts, d) : [];
  }
  if (d === 0) return union([[pts]]);
  // Work in positive (math-CCW) winding so the right-hand normal (dy, −dx) always points out.
  if (area < 0) pts = pts.slice().reverse();

  const n = pts.length;
  const s = d > 0 ? 1 : -1;
  const g = Math.abs(d);
  const nx: number[] = [];
  const ny: number[] = [];
  const bandStart: Point[] = [];
  const bandEnd: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % n]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const ox = (s * (b[1] - a[1])) / len;
    const oy = (s * -(b[0] - a[0])) / len;
    nx.push(ox);
    ny.push(oy);
    bandStart.push([a[0] + g * ox, a[1] + g * oy]);
    bandEnd.push([b[0] + g * ox, b[1] + g * oy]);
  }

  const pieces: Polygon[] = [];
  for (let i = 0; i < n; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % n]!;
    pieces.push([[a, b, bandEnd[i]!, bandStart[i]!]]);
  }
  for (let i = 0; i < n; i++) {
    const prev = (i + n - 1) % n;
    const v = pts[i]!;
    const inX = nx[prev]!;
    const inY = ny[prev]!;
    const outX = nx[i]!;
    const outY = ny[i]!;
    // Signed angle from the incoming edge's offset direction to the outgoing one.
    const sweep = Math.atan2(inX * outY - inY * outX, inX * outX + inY * outY);
    // A join is needed only where the offset side opens up: a positive turn when growing
    // (convex corner), a negative one when shrinking (reflex corner). s·sweep > 0 covers both.
    if (!(s * sweep > 0)) continue;
    const steps = arcSteps(sweep);
    const start = Math.atan2(inY, inX);
    const slice: Point[] = [v, bandEnd[prev]!];
    for (let k = 1; k < steps; k++) {
      const t = start + (sweep * k) / steps;
      slice.push([v[0] + g * Math.cos(t), v[1] + g * Math.sin(t)]);
    }
    slice.push(bandStart[i]!);
    pieces.push([slice]);
  }

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of pts) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const minWidth = SLIVER_RATIO * Math.max(maxX - minX, maxY - minY, g);
  const result = d > 0 ? clip('union', [[[pts]], pieces]).result : clip('difference', [[[pts]], pieces]).result;
  return dropSlivers(result, minWidth);
}
