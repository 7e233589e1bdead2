/**
 * The shape of a corridor as the dead-end measure of 500.087(1)(B), (4)(G) reads it (checks.md, "Dead end"): how
 * wide it is, where a wall or a door meets its centreline, and how far in from each inside corner of a bend the
 * centreline runs.
 */
import { distancePointToRing, pointInRing, signedArea } from '../../geometry/index.ts';
import type { Point, Ring } from '../../geometry/types.ts';

/** Distance from (x, y) to the ring's nearest wall, positive inside the ring and negative outside. */
export function signedClearance(ring: Ring, x: number, y: number): number {
  const d = distancePointToRing([x, y], ring);
  return pointInRing([x, y], ring) === 'outside' ? -d : d;
}

/**
 * Half the corridor's clear width: the largest clearance found half-way across from the middle of a wall. Straight
 * in from a side wall that is exactly the half-width of its leg; from an end wall it lands somewhere along the
 * corridor. So a corridor of one width gets that width exactly (a grid of samples read a 6 ft corridor inches
 * narrow, pulling its mouths off the centreline), and one of several widths gets its widest leg's or a junction's.
 */
export function corridorHalfWidthIn(ring: Ring): number {
  const normals = inwardNormals(ring);
  let best = 0;
  for (let k = 0; k < ring.length; k++) {
    const a = ring[k]!;
    const b = ring[(k + 1) % ring.length]!;
    const n = normals[k]!;
    const across = rayToWall(ring, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], n);
    if (!Number.isFinite(across)) continue;
    const depth = across / 2;
    best = Math.max(best, signedClearance(ring, (a[0] + b[0]) / 2 + n[0] * depth, (a[1] + b[1]) / 2 + n[1] * depth));
  }
  return best;
}

/** Distance from `from` along the unit vector `dir` to the ring's far wall (walls within 0.5" of `from` ignored). */
export function rayToWall(ring: Ring, from: Point, dir: Point): number {
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const ex = b[0] - a[0], ey = b[1] - a[1];
    const den = dir[0] * ey - dir[1] * ex;
    if (Math.abs(den) < 1e-12) continue;
    const t = ((a[0] - from[0]) * ey - (a[1] - from[1]) * ex) / den;
    const u = ((a[0] - from[0]) * dir[1] - (a[1] - from[1]) * dir[0]) / den;
    if (t > 0.5 && u >= 0 && u <= 1) best = Math.min(best, t);
  }
  return best;
}

/** Unit normal of each edge i (ring[i] to ring[i + 1]) pointing into the room, for either winding. */
export function inwardNormals(ring: Ring): Point[] {
  const side = signedArea(ring) >= 0 ? 1 : -1;
  return ring.map((a, i) => {
    const b = ring[(i + 1) % ring.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [(-(b[1] - a[1]) / len) * side, ((b[0] - a[0]) / len) * side];
  });
}

/**
 * Where a wall (or a door in it) meets the centreline: straight in from the point `face` on the wall, half the way
 * across. A wall whose way across runs the corridor's length (more than 2.5 half-widths) is an end wall: the
 * centreline meets it at the wall itself, which is where a pocket's length starts and an exit in it ends one ("or
 * to the exit").
 */
export function centrelinePoint(ring: Ring, face: Point, inward: Point, halfWidth: number): Point {
  const across = rayToWall(ring, face, inward);
  const depth = across > 2.5 * halfWidth ? 0 : Math.min(across / 2, halfWidth);
  return [face[0] + inward[0] * depth, face[1] + inward[1] * depth];
}

export interface Bend {
  /** The inside corner of the bend: a reflex vertex of the corridor's outline. */
  readonly corner: Point;
  /** How near the centreline comes to the corner, in inches: the corridor's half-width there (see bends). */
  readonly halfWidthIn: number;
}

const cross = (u: Point, v: Point) => u[0] * v[1] - u[1] * v[0];

/**
 * Radius of the largest disk with the corner c on its rim and its centre on the ray from c along the unit vector u
 * that holds no point of segment ab: grown from c, it first meets the segment where it is tangent to it or at an
 * end. Infinity when it never does.
 */
/** Radius of the disk with c and q on its rim and its centre on the ray from c along u; Infinity if none. */
function diskThrough(c: Point, u: Point, q: Point): number {
  const wx = q[0] - c[0], wy = q[1] - c[1];
  const along = wx * u[0] + wy * u[1];
  return along > 1e-9 ? (wx * wx + wy * wy) / (2 * along) : Infinity;
}

function emptyDiskRadius(c: Point, u: Point, a: Point, b: Point): number {
  let best = Math.min(diskThrough(c, u, a), diskThrough(c, u, b));
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len === 0) return best;
  // m: the segment line's unit normal pointing away from c, s: c's distance to the line.
  let mx = -(b[1] - a[1]) / len, my = (b[0] - a[0]) / len;
  let s = (a[0] - c[0]) * mx + (a[1] - c[1]) * my;
  if (s < 0) [mx, my, s] = [-mx, -my, -s];
  const um = u[0] * mx + u[1] * my;
  if (s > 1e-9 && um > -1 + 1e-12) {
    const r = s / (1 + um);
    // Where that disk touches the line: its centre moved r along m.
    const t = ((c[0] + (u[0] + mx) * r - a[0]) * (b[0] - a[0]) + (c[1] + (u[1] + my) * r - a[1]) * (b[1] - a[1])) / (len * len);
    if (t >= 0 && t <= 1) best = Math.min(best, r);
  }
  return best;
}

/** Directions from a bend's corner in which its half-width is read: its two walls' normals and between them. */
const WEDGE_SAMPLES = 4;

/**
 * The inside corners of the corridor's bends, junctions and jogs (reflex vertices of its outline), each with the
 * half-width of the corridor there: the radius of the smallest disk that has the corner on its rim, its centre in
 * the wedge between the inward normals of the corner's two walls, and no wall inside it — the nearest the line
 * midway between the walls comes to the corner. At an L's corner that is half the legs' width; at a Z's jog, half
 * the opening between its two corners; where a leg opens into a wider hall, a little more than the leg's half-width.
 * Read along the two normals and a few directions between them.
 */
export function bends(ring: Ring): Bend[] {
  const n = ring.length;
  const normals = inwardNormals(ring);
  const side = signedArea(ring) >= 0 ? 1 : -1;
  const out: Bend[] = [];
  for (let i = 0; i < n; i++) {
    const c = ring[i]!;
    const n1 = normals[(i + n - 1) % n]!; // wall coming in
    const n2 = normals[i]!; // wall going out
    // A reflex corner turns the normals against the winding (the sin test of obstacles.ts' reflexCorners).
    if (cross(n1, n2) * side > -0.01) continue;
    const from = Math.atan2(n1[1], n1[0]);
    let sweep = Math.atan2(n2[1], n2[0]) - from;
    if (sweep > Math.PI) sweep -= 2 * Math.PI;
    if (sweep < -Math.PI) sweep += 2 * Math.PI;
    let nearest = Infinity;
    for (let k = 0; k <= WEDGE_SAMPLES; k++) {
      const angle = from + (sweep * k) / WEDGE_SAMPLES;
      const u: Point = [Math.cos(angle), Math.sin(angle)];
      for (let e = 0; e < n; e++) {
        if (e === i || e === (i + n - 1) % n) continue;
        nearest = Math.min(nearest, emptyDiskRadius(c, u, ring[e]!, ring[(e + 1) % n]!));
      }
    }
    out.push({ corner: c, halfWidthIn: nearest });
  }
  return out;
}
