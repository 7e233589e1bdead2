/**
 * The shapes a path of travel keeps clear of, as the navigation graph uses them: each obstacle's clearance circle and
 * the circumscribed polygon standing in for it, the tests of a straight walk against them, and the nodes across a
 * doorway. Circumscribed (not inscribed), so a path round a polygon is never shorter than round the circle.
 */
import { ringBBox } from '../../geometry/index.ts';
import { circumscribedArc, closestBetweenSegments, insideConvex, pointConvexDistanceSq, pointSegmentDistanceSq, segmentConvexDistanceSq } from '../../geometry/clearance.ts';
import type { BBox, Point } from '../../geometry/types.ts';
import { CLEARANCE, ITEM_CLEARANCE, type Obstacle } from './obstacles.ts';
import type { Passage } from './passages.ts';

/** Angular steps of the circumscribed polygons: a corner of one stands 3.5 % (30°) or 8 % (45°) proud of its circle. */
export const CORNER_STEP = Math.PI / 6;
export const ITEM_STEP = Math.PI / 6;
export const JAMB_STEP = Math.PI / 4;
/** Inches: a walk may touch a clearance line, not cross it by more than this. */
export const TOUCH = 1e-6;
/** Nodes across a doorway's clear band, at most this far apart. */
export const BAND_STEP = 12;

export const boxOf = (p: Point, q: Point, grow = 0): BBox => ({
  minX: Math.min(p[0], q[0]) - grow,
  minY: Math.min(p[1], q[1]) - grow,
  maxX: Math.max(p[0], q[0]) + grow,
  maxY: Math.max(p[1], q[1]) + grow,
});

export function obstacleBox(o: Obstacle): BBox {
  if (o.kind === 'item') {
    const b = ringBBox(o.ring);
    return { minX: b.minX - o.radius, minY: b.minY - o.radius, maxX: b.maxX + o.radius, maxY: b.maxY + o.radius };
  }
  return boxOf(o.centre, o.centre, o.radius);
}

/** Squared distance from a point to the obstacle's core (jamb, corner or footprint). */
export function coreDistanceSq(p: Point, o: Obstacle): number {
  if (o.kind === 'item') return pointConvexDistanceSq(p, o.ring);
  return (p[0] - o.centre[0]) ** 2 + (p[1] - o.centre[1]) ** 2;
}


/** Strictly within the obstacle's clearance (a path may touch the clearance line, not cross it). */
export const withinClearance = (p: Point, o: Obstacle): boolean => coreDistanceSq(p, o) < (o.radius - TOUCH) ** 2;

export function blocks(o: Obstacle, p: Point, q: Point, radius: number): boolean {
  if (radius <= TOUCH) return false;
  const limit = (radius - TOUCH) ** 2;
  if (o.kind === 'item') return segmentConvexDistanceSq(p, q, o.ring) < limit;
  return pointSegmentDistanceSq(o.centre, p, q) < limit;
}

/** A walk out of an item's clearance, however close it starts, may not cut through the item itself. */
export function crossesFootprint(o: Obstacle, p: Point, q: Point): boolean {
  return o.kind === 'item' && segmentConvexDistanceSq(p, q, o.ring) < 1e-6 && !insideConvex(p, o.ring) && !insideConvex(q, o.ring);
}

/**
 * A path through a node toward another point can be part of a shortest path only if its line does not cut into the
 * clearance circle the node stands on (it is tangent to it, or passes outside). Lines cutting in are left out of the
 * graph: a path turning there would be shorter cutting the corner. Judged against the circle, not the polygon
 * standing in for it, so a node drawn in toward the circle (drawnIn) keeps the lines along the circle's edge; a
 * twentieth of an inch (TAUT_ALLOWANCE) is allowed for a doorway's centre standing a hair within an obstacle's
 * polygon (see obstacles.ts). Plain numbers, as the graph asks it of every pair of a room's nodes.
 *
 * @param dx the line's direction from the node (either way along it)
 * @param cx the node's arc centre, relative to the node
 * @param leastSq the square of the least distance the line may pass from that centre (tautLimitSq; 0 for a node on
 *   no circle, which any line passes)
 */
export function taut(dx: number, dy: number, cx: number, cy: number, leastSq: number): boolean {
  const cross = dx * cy - dy * cx;
  return cross * cross >= leastSq * (dx * dx + dy * dy);
}

/** Inches a line may cut into a node's circle and still count as taut there (see taut). */
const TAUT_ALLOWANCE = 0.05;

/** taut's leastSq for a node on a circle of this radius. */
export const tautLimitSq = (radius: number): number => Math.max(0, radius - TAUT_ALLOWANCE) ** 2;

/** Each vertex of a clearance polygon with the centre of the arc it stands on. */
export function withCentres(vertices: readonly Point[], centre: (i: number) => Point): [Point, Point][] {
  return vertices.map((v, i) => [v, centre(i)]);
}

/**
 * The circumscribed clearance polygon of an obstacle, each vertex with the centre of its arc: at the obstacle's own
 * clearance, or at `radius` (a walk starting closer, see walkOut).
 */
export function clearancePolygon(o: Obstacle, radius?: number): [Point, Point][] {
  if (o.kind === 'corner') return withCentres(circumscribedArc(o.centre, radius ?? o.radius, 0, 2 * Math.PI, CORNER_STEP), () => o.centre);
  if (o.kind === 'jamb') return withCentres(circumscribedArc(o.centre, radius ?? o.radius, 0, 2 * Math.PI, JAMB_STEP), () => o.centre);
  const ring = o.ring;
  const n = ring.length;
  const at = radius ?? polygonRadius(o);
  const vertices: Point[] = [];
  const centres: Point[] = [];
  for (let i = 0; i < n; i++) {
    const prev = ring[(i + n - 1) % n]!;
    const cur = ring[i]!;
    const next = ring[(i + 1) % n]!;
    const from = Math.atan2(-(cur[0] - prev[0]), cur[1] - prev[1]); // outward normal of the incoming edge
    let to = Math.atan2(-(next[0] - cur[0]), next[1] - cur[1]);
    while (to < from) to += 2 * Math.PI;
    for (const v of circumscribedArc(cur, at, from, to, ITEM_STEP)) {
      vertices.push(v);
      centres.push(cur);
    }
  }
  return withCentres(vertices, (i) => centres[i]!);
}

/**
 * The radius of the circle an obstacle's clearance polygon is drawn round: the clearance itself, except that an item
 * at its full clearance is drawn round 12 in though it blocks at 11.55 (see ITEM_CLEARANCE); cut down to reach a
 * doorway's centre, it is drawn round the clearance, so the centre lies on its edge.
 */
export function polygonRadius(o: Obstacle): number {
  return o.kind === 'item' && o.radius >= ITEM_CLEARANCE ? CLEARANCE : o.radius;
}

/** The point on the ray from `centre` through `vertex` just outside the clearance circle of `radius`. */
export function drawnIn(vertex: Point, centre: Point, radius: number): Point {
  const d = Math.hypot(vertex[0] - centre[0], vertex[1] - centre[1]);
  const k = d > 0 ? Math.min(1, (radius + 0.01) / d) : 1;
  return [centre[0] + (vertex[0] - centre[0]) * k, centre[1] + (vertex[1] - centre[1]) * k];
}

/**
 * Points across a doorway's clear band, on the wall's centre line: from min(12, w/2) off one jamb to the same off
 * the other, at most 12" apart. A door narrower than 24" has a single point, its centre.
 */
export function bandPoints(pass: Passage): Point[] {
  const width = pass.door.width;
  const r = Math.min(CLEARANCE, width / 2);
  const band = width - 2 * r;
  // An even number of steps puts a point at the centre of the doorway, where 087(8)(A) measures from.
  const steps = band < 1e-6 ? 0 : 2 * Math.ceil(band / (2 * BAND_STEP));
  const a: Point = [(pass.a[0] + pass.a2[0]) / 2, (pass.a[1] + pass.a2[1]) / 2];
  const b: Point = [(pass.b[0] + pass.b2[0]) / 2, (pass.b[1] + pass.b2[1]) / 2];
  const at = (t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  if (steps === 0) return [at(0.5)];
  const out: Point[] = [];
  for (let k = 0; k <= steps; k++) out.push(at((r + (band * k) / steps) / width));
  return out;
}

/** Inches: a gap between two clearances at most this wide gets a node of its own (LevelNavigation.narrows). */
export const NARROW = 1;

/** The closest points of two obstacles' cores (a point, or a footprint's edges), and how far apart they are. */
export function closestCores(a: Obstacle, b: Obstacle): { distance: number; p: Point; q: Point } {
  const edges = (o: Obstacle): [Point, Point][] =>
    o.kind === 'item' ? o.ring.map((v, i): [Point, Point] => [v, o.ring[(i + 1) % o.ring.length]!]) : [[o.centre, o.centre]];
  let best = { distance: Infinity, p: [0, 0] as Point, q: [0, 0] as Point };
  for (const [p1, p2] of edges(a)) {
    for (const [q1, q2] of edges(b)) {
      const c = closestBetweenSegments(p1, p2, q1, q2);
      if (c.distance < best.distance) best = c;
    }
  }
  return best;
}
