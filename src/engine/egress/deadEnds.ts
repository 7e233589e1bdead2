/**
 * Dead ends of corridors, 500.087(1)(B), (4)(G): the part of a corridor from which an occupant can travel in only
 * one direction to reach any exit, measured along the centreline from the end wall to where travel in two
 * directions to separate exits becomes possible (checks.md).
 *
 * Method, for any corridor shape: each way out of the corridor (an exit, or a door to a room that reaches an exit
 * without coming back) gets a "mouth" where the centreline passes its door, or at the door itself when it is in an
 * end wall. For a point p and two mouths i, j leading to separate exits, (d(p,i) + d(p,j) − d(i,j)) / 2 is how far
 * p lies off the path between them (the Gromov product; exact in a corridor, which is tree-like). Its least value
 * over all such pairs is how far p must go before it can turn two ways; the dead end is its greatest value over the
 * points where the corridor's walls meet the centreline (an end wall at its middle). When every way out leads to
 * one exit, it is the whole distance to the nearest way out.
 *
 * The distances d are walks along the centreline (centreline.ts): straight where the corridor is straight, and
 * round a bend on an arc of radius (half-width − 1 in) about the inside corner. On a right-angle bend of
 * half-width h that arc is 1.57·h long, where the line midway between the walls (two parabolic arcs) is 1.70·h and
 * the two straight legs meeting at the centreline junction are 2·h: the figure errs on the provider's side by at
 * most about 0.13·h + 1.6 in per right-angle bend against the midway line, 0.43·h + 1.6 in against the legs
 * (a 6 ft corridor: 6 in and 17 in). The arc is kept because it is what a walk along the centreline rounds, and it
 * needs no notion of where a bend's legs end — a T's stem, a Z's jog and a chamfered corner come out the same way.
 *
 * Door jambs and furniture are left out: the centreline is drawn by the corridor's walls, and a bench or a cart
 * neither lengthens nor shortens a pocket (whether it obstructs the way is what travel distance and the clear
 * passage check look at). So moving furniture never recomputes a dead end, and a corridor blocked by an item still
 * measures its pocket.
 */
import type { Point } from '../../geometry/types.ts';
import { memoize, type DoorInfo, type Facility, type RoomInfo } from '../facility.ts';
import { walkRooms } from '../roomRoutes.ts';
import { CentrelineGraph, type Field } from './centreline.ts';
import { bends, centrelinePoint, corridorHalfWidthIn, inwardNormals } from './corridorShape.ts';
import { passageOf } from './passages.ts';
import { exitAccessDoors } from './travel.ts';
import { ContentCache, numbersKey } from './reuse.ts';

/** Dead ends by everything they depend on: the corridor's outline, its ways out and which exit each leads to. */
const deadEndCache = new ContentCache<Omit<DeadEnd, 'corridor'>>(2_000);

/** Kept between the disks about a bend's corners, so the centreline itself stays open (see centreline.ts). */
const CENTRELINE_MARGIN_IN = 1;

export interface DeadEnd {
  readonly corridor: RoomInfo;
  /** Inches along the centreline; Infinity when the corridor has no way out at all. */
  readonly length: number;
  readonly endPoint: Point;
  readonly path: readonly Point[];
  readonly waysOut: number;
  readonly separateExits: number;
}

const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/** Each way out as the face of its door on the corridor's side, the direction into the corridor, and its exit. */
function waysOutOf(facility: Facility, corridor: RoomInfo, ways: readonly DoorInfo[]) {
  // The nearest exit beyond the door without coming back (the walk exitAccessDoors makes): a walk of the rooms
  // nearby, where a route search over the whole building per corridor cost 10 ms on a 1,000-room plan.
  const exitOf = (door: DoorInfo): DoorInfo | null => {
    if (door.exitFrom === corridor) return door;
    const other = facility.across(door, corridor);
    if (!other) return null;
    for (const r of walkRooms(facility, [other], corridor)) {
      const exit = r.doors.find((d) => d.exitFrom === r);
      if (exit) return exit;
    }
    return null;
  };
  return ways.map((door) => {
    const pass = passageOf(door);
    const inward: Point = door.from === corridor ? [-pass.normal[0], -pass.normal[1]] : pass.normal;
    const face = door.from === corridor ? mid(pass.a, pass.b) : mid(pass.a2, pass.b2);
    return { face, inward, exit: exitOf(door) };
  });
}

export function corridorDeadEnd(facility: Facility, corridor: RoomInfo): DeadEnd {
  return memoize(facility, `deadEnd:${corridor.room.id}`, () => {
    const ring = corridor.room.polygon;
    const ways = exitAccessDoors(facility, corridor);
    if (ways.length === 0) return { corridor, length: Infinity, endPoint: ring[0]!, path: [], waysOut: 0, separateExits: 0 };
    const doors = waysOutOf(facility, corridor, ways);
    // Ways out are told apart by the exit they lead to: "separate exits" is what the rule asks about. Group numbers,
    // not door ids, go in the key.
    const exits = [...new Set(doors.map((d) => d.exit).filter((e): e is DoorInfo => e !== null))];
    const group = doors.map((d) => (d.exit ? exits.indexOf(d.exit) : -1));
    const key = numbersKey([...ring.flat(), NaN, ...doors.flatMap((d, i) => [d.face[0], d.face[1], d.inward[0], d.inward[1], group[i]!])]);
    const known = deadEndCache.get(key);
    if (known) return { ...known, corridor };
    const result = { ...measure(ring, doors.map((d, i) => ({ face: d.face, inward: d.inward, group: group[i]! }))), waysOut: ways.length, separateExits: exits.length };
    deadEndCache.set(key, result);
    return { ...result, corridor };
  });
}

interface Mouth {
  readonly face: Point;
  readonly inward: Point;
  /** Index of the exit it leads to; -1 for none found. */
  readonly group: number;
}

/** The longest pocket of a corridor outline with these ways out, by the method in the header. */
function measure(ring: readonly Point[], ways: readonly Mouth[]): { length: number; endPoint: Point; path: Point[] } {
  const halfWidth = corridorHalfWidthIn(ring);
  const mouths = ways.map((w) => centrelinePoint(ring, w.face, w.inward, halfWidth));
  const normals = inwardNormals(ring);
  const walls = ring.map((a, k) => centrelinePoint(ring, mid(a, ring[(k + 1) % ring.length]!), normals[k]!, halfWidth));
  const disks = bends(ring).map((b) => {
    const h = Math.min(b.halfWidthIn, halfWidth);
    return { centre: b.corner, radiusIn: Math.max(h - CENTRELINE_MARGIN_IN, h / 2) };
  });
  // Nodes: the mouths first, then the walls' measuring points.
  const graph = new CentrelineGraph(ring, disks, mouths, walls);
  const wallNode = (k: number) => mouths.length + k;
  // One field per mouth, not per exit: with several mouths to one exit, the distance between two exits' nearest
  // mouths says nothing about the two mouths a point's two directions lead to. Grouped by exit, the main corridor
  // of real-large.json read 166 ft on these walks (74.66 ft on the old ones) from a spot 6.5 ft from a door; its
  // longest pocket is a 49 ft stub.
  const fields: Field[] = mouths.map((_, i) => graph.search([i]));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < ways.length; i++) {
    for (let j = i + 1; j < ways.length; j++) {
      const [gi, gj] = [ways[i]!.group, ways[j]!.group];
      if (gi >= 0 && gj >= 0 && gi !== gj) pairs.push([i, j, fields[i]!.dist[j]!]);
    }
  }
  let worst = { k: 0, length: 0, toward: 0 };
  for (let k = 0; k < walls.length; k++) {
    const d = fields.map((f) => f.dist[wallNode(k)]!);
    if (!d.some(Number.isFinite)) continue; // a point the walks cannot reach (a fault of the outline): no measure
    let toward = d.indexOf(Math.min(...d));
    let length = d[toward]!;
    if (pairs.length) {
      length = Infinity;
      for (const [i, j, dij] of pairs) {
        const off = (d[i]! + d[j]! - dij) / 2;
        if (off < length) [length, toward] = [off, d[i]! <= d[j]! ? i : j];
      }
    }
    if (length > worst.length || k === 0) worst = { k, length: Math.max(0, length), toward };
  }
  return { length: worst.length, endPoint: walls[worst.k]!, path: graph.pathFrom(wallNode(worst.k), fields[worst.toward]!) };
}
