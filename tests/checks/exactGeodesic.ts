/**
 * Exact travel distances worked independently of the engine, for the travel tests to hold it to (checks.md,
 * Measurement methods, Travel distance: within 1% or 3 in of the exact geodesic, whichever is larger): a taut string
 * round 12 in clearance circles (tangents and arcs, in closed form), and the shorter way round a convex obstacle.
 */

export type Pt = readonly [number, number];

/** A clearance circle the string wraps: s = +1 when its centre lies to the (−u_y, u_x) side of travel, −1 the other; r 0 for an end. */
export interface Disc {
  readonly c: Pt;
  readonly r: number;
  readonly s: -1 | 0 | 1;
}

/** An end of the string: a point. */
export const end = (c: Pt): Disc => ({ c, r: 0, s: 0 });

/** Length of the taut string from the first disc (a point) round the discs in order to the last (a point), inches. */
export function tautPath(discs: readonly Disc[]): number {
  const dirs: Pt[] = [];
  let total = 0;
  for (let i = 0; i + 1 < discs.length; i++) {
    const a = discs[i]!;
    const b = discs[i + 1]!;
    const D: Pt = [b.c[0] - a.c[0], b.c[1] - a.c[1]];
    const d2 = D[0] ** 2 + D[1] ** 2;
    const k = b.s * b.r - a.s * a.r;
    const L = Math.sqrt(d2 - k * k); // D = L·u + k·n with n = (−u_y, u_x)
    dirs.push([(L * D[0] + k * D[1]) / d2, (L * D[1] - k * D[0]) / d2]);
    total += L;
  }
  for (let i = 1; i + 1 < discs.length; i++) {
    const u = dirs[i - 1]!;
    const v = dirs[i]!;
    const turn = Math.atan2(u[0] * v[1] - u[1] * v[0], u[0] * v[0] + u[1] * v[1]) * discs[i]!.s;
    if (turn < -1e-9) throw new Error(`the string does not wrap disc ${i}: wrong side`);
    total += discs[i]!.r * turn;
  }
  return total;
}

/** Shortest path from p to e around a convex obstacle k (the shorter chain of the hull of p, e and k), inches. */
export function aroundConvex(p: Pt, e: Pt, k: readonly Pt[]): number {
  const pts = [p, e, ...k].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Pt[]) => {
    const out: Pt[] = [];
    for (const q of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, q) <= 0) out.pop();
      out.push(q);
    }
    return out.slice(0, -1);
  };
  const hull = [...half(pts), ...half([...pts].reverse())];
  const i = hull.indexOf(p);
  const j = hull.indexOf(e);
  if (i < 0 || j < 0) throw new Error('p or e lies inside the obstacle');
  const chain = (from: number, to: number) => {
    let s = 0;
    for (let a = from; a !== to; a = (a + 1) % hull.length) {
      const b = (a + 1) % hull.length;
      s += Math.hypot(hull[b]![0] - hull[a]![0], hull[b]![1] - hull[a]![1]);
    }
    return s;
  };
  return Math.min(chain(i, j), chain(j, i));
}

/** An axis-aligned footprint grown by r: its corners rounded, sampled finely (error under 0.001 in). */
export function grownBox(centre: Pt, w: number, d: number, r: number): Pt[] {
  const out: Pt[] = [];
  for (const [sx, sy] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
    for (let k = 0; k < 720; k++) {
      const a = (2 * Math.PI * k) / 720;
      out.push([centre[0] + (sx * w) / 2 + r * Math.cos(a), centre[1] + (sy * d) / 2 + r * Math.sin(a)]);
    }
  }
  return out;
}

/** The catalogue's accuracy on a reported figure in feet: within 1% or 3 in of the exact figure, plus the 0.005 ft rounding. */
export function expectWithin(measured: number | null, exactFeet: number): void {
  expect(measured).not.toBeNull();
  const tolerance = Math.max(0.01 * exactFeet, 0.25) + 0.005;
  expect(Math.abs(measured! - exactFeet), `measured ${measured} ft, exact ${exactFeet.toFixed(3)} ft`).toBeLessThanOrEqual(tolerance);
}
