/**
 * What a path of travel keeps its distance from (checks.md, "Travel distance"): 12 in from every corner jutting
 * into the walkable area — the reflex corners of rooms and the jambs of doors passed through, where the clearance is
 * min(12 in, half the clear width) — and 12 in from the footprint of every item standing on the floor.
 */
import { ringBBox, signedArea } from '../../geometry/index.ts';
import { pointConvexDistanceSq } from '../../geometry/clearance.ts';
import type { BBox, Point, Ring } from '../../geometry/types.ts';
import type { DoorInfo, ItemInfo, RoomInfo } from '../facility.ts';
import type { Passage } from './passages.ts';

export const CLEARANCE = 12;
/**
 * The clearance polygon around furniture stands up to 0.42" proud of the 12" circle (30° steps), so a path between
 * two items may pass 11.55" from each: otherwise a 24" aisle between cribs — exactly the 12" + 12" the method asks
 * for — would have no node in it and read as closed. Gaps under 23" stay closed.
 */
export const ITEM_CLEARANCE = 11.55;

/**
 * Inches of leeway a walk starting near an obstacle takes from it: half a body width. Fixtures stand a few inches off
 * walls — a toilet 10 in from the wall beside it — so the corner behind one is ringed by its 12 in clearance, and an
 * occupant standing there could not leave without passing closer than the method's 12 in.
 */
export const LEEWAY = 6;

/**
 * The clearance a walk keeps from an obstacle it starts `d` inches from: the full clearance from 12 + 6 in off, and
 * nearer, 6 in less than where it stands (at least an inch, or where it stands if nearer still). It depends on the
 * obstacle and the start alone, never on other obstacles, so adding one never shortens a walk.
 */
export function startClearance(d: number, full: number): number {
  return Math.min(full, Math.max(d - LEEWAY, Math.min(d, 1)));
}

export interface CornerObstacle {
  readonly kind: 'corner';
  readonly centre: Point;
  readonly radius: number;
  readonly room: RoomInfo;
}

export interface JambObstacle {
  readonly kind: 'jamb';
  readonly centre: Point;
  readonly radius: number;
  readonly door: DoorInfo;
}

export interface ItemObstacle {
  readonly kind: 'item';
  /** Footprint, counter-clockwise in math axes (positive signed area). */
  readonly ring: Ring;
  readonly radius: number;
  readonly item: ItemInfo;
}

export type Obstacle = CornerObstacle | JambObstacle | ItemObstacle;

/** Vertices where the room's inside turns back on itself (interior angle over 180°). */
export function reflexCorners(ring: Ring): Point[] {
  const orientation = Math.sign(signedArea(ring));
  const out: Point[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const prev = ring[(i + n - 1) % n]!;
    const cur = ring[i]!;
    const next = ring[(i + 1) % n]!;
    const ax = cur[0] - prev[0], ay = cur[1] - prev[1], bx = next[0] - cur[0], by = next[1] - cur[1];
    const la = Math.hypot(ax, ay), lb = Math.hypot(bx, by);
    if (la === 0 || lb === 0) continue;
    // sin of the turn: a turn against the ring's winding of more than ~0.5° is a reflex corner.
    if (((ax * by - ay * bx) / (la * lb)) * orientation < -0.01) out.push(cur);
  }
  return out;
}

/**
 * Travel is measured to (087(8)(B)) or from and to (087(8)(A), (C)) the centre of a doorway, so a path must be able
 * to reach that point: an obstacle nearer to a doorway's centre than twice its clearance keeps only half that
 * distance, for every path — the way into the doorway then has room on both sides of the centre, even where the
 * obstacle stands past the wall. The clearance depends on the obstacle and the doorways alone, never on other
 * obstacles or on where a walk starts, so adding an obstacle can only take floor away from every path, never give a
 * path a shortcut (the "adding an obstruction never shortens a path" property). Such an obstacle half-blocks the
 * doorway; egress.clear-passage is the check that says so.
 */
function reachable(radius: number, distanceToCentres: number): number {
  return Math.min(radius, distanceToCentres / 2);
}

/** The least distanceSq over the centres inside the box, or `best` if none is less. */
function nearestIn(centres: readonly Point[] | undefined, box: BBox, distanceSq: (c: Point) => number, best: number): number {
  for (const c of centres ?? []) {
    if (c[0] < box.minX || c[0] > box.maxX || c[1] < box.minY || c[1] > box.maxY) continue;
    best = Math.min(best, distanceSq(c));
  }
  return best;
}

/** @param cap the most any clearance may be (the tight measure of a point cut off at the full one: travel.ts). */
export function obstaclesOf(rooms: readonly RoomInfo[], passages: readonly Passage[], isTarget: (door: DoorInfo) => boolean, cap = Infinity): Obstacle[] {
  // The doorway centres by rows of twice the clearance, sorted across: every obstacle asks for those near it, and a
  // level has hundreds of doors and thousands of obstacles.
  const ROW = 2 * CLEARANCE;
  const rows = new Map<number, Point[]>();
  for (const { centre: c } of passages) {
    const r = Math.floor(c[1] / ROW);
    (rows.get(r) ?? rows.set(r, []).get(r)!).push(c);
  }
  /** Distance to the nearest doorway centre within twice the clearance of the box (Infinity when none). */
  const nearestCentre = (box: BBox, distanceSq: (c: Point) => number) => {
    const grown: BBox = { minX: box.minX - ROW, minY: box.minY - ROW, maxX: box.maxX + ROW, maxY: box.maxY + ROW };
    const [from, to] = [Math.floor(grown.minY / ROW), Math.floor(grown.maxY / ROW)];
    let best = Infinity;
    // A huge footprint spans more rows than there are: then every row is looked at.
    if (to - from > rows.size) for (const centres of rows.values()) best = nearestIn(centres, grown, distanceSq, best);
    else for (let r = from; r <= to; r++) best = nearestIn(rows.get(r), grown, distanceSq, best);
    return Math.sqrt(best);
  };
  const around = (c: Point): BBox => ({ minX: c[0], minY: c[1], maxX: c[0], maxY: c[1] });
  const out: Obstacle[] = [];
  for (const room of rooms) {
    for (const c of reflexCorners(room.room.polygon)) {
      out.push({ kind: 'corner', centre: c, radius: reachable(Math.min(CLEARANCE, cap), nearestCentre(around(c), (q) => (q[0] - c[0]) ** 2 + (q[1] - c[1]) ** 2)), room });
    }
    for (const info of room.items) {
      if (!info.footprint) continue;
      const ring = signedArea(info.footprint) < 0 ? [...info.footprint].reverse() : info.footprint;
      out.push({ kind: 'item', ring, radius: reachable(Math.min(ITEM_CLEARANCE, cap), nearestCentre(ringBBox(ring), (q) => pointConvexDistanceSq(q, ring))), item: info });
    }
  }
  for (const pass of passages) {
    if (isTarget(pass.door)) continue; // travel ends in this doorway; its jambs are never rounded
    const radius = Math.min(CLEARANCE, pass.door.width / 2, cap);
    const jambs = pass.polygon ? [pass.a, pass.b, pass.a2, pass.b2] : [pass.a, pass.b];
    for (const j of jambs) {
      const others = nearestCentre(around(j), (q) => (q === pass.centre ? Infinity : (q[0] - j[0]) ** 2 + (q[1] - j[1]) ** 2));
      out.push({ kind: 'jamb', centre: j, radius: reachable(radius, others), door: pass.door });
    }
  }
  return out;
}
