/**
 * Dead ends of corridors, 500.087(1)(B), (4)(G): the part of a corridor from which an occupant can travel in only
 * one direction to reach any exit, measured along the centreline from the end wall to where travel in two
 * directions to separate exits becomes possible (checks.md).
 *
 * Method, for any corridor shape: each way out of the corridor (an exit, or a door to a room that reaches an exit
 * without coming back) gets a "mouth" on the centreline in front of its door. For a point p and two mouths i, j
 * leading to separate exits, (d(p,i) + d(p,j) − d(i,j)) / 2 is how far p lies off the path between them (the
 * Gromov product; exact in a corridor, which is tree-like). Its least value over all such pairs is how far p
 * must go before it can turn two ways; the dead end is its greatest value over the corridor's walls, measured
 * from the middle of each wall, which is where the centreline meets an end wall. With one way out only, it is
 * the whole distance to that way out.
 */
import { distancePointToRing, pointInRing, ringArea, ringBBox } from '../../geometry/index.ts';
import type { Point } from '../../geometry/types.ts';
import { memoize, type DoorInfo, type Facility, type RoomInfo } from '../facility.ts';
import { routesAvoiding } from '../roomRoutes.ts';
import { LevelNavigation } from './navigation.ts';
import { passageOf } from './passages.ts';
import { exitAccessDoors } from './travel.ts';
import { ContentCache } from './reuse.ts';

const deadEndCache = new ContentCache<DeadEnd>(2_000);

export interface DeadEnd {
  readonly corridor: RoomInfo;
  /** Inches along the centreline; Infinity when the corridor has no way out at all. */
  readonly length: number;
  readonly endPoint: Point;
  readonly path: readonly Point[];
  readonly waysOut: number;
  readonly separateExits: number;
}

/** Twice the largest distance from a point of the room to its walls: the corridor's clear width. */
function corridorWidth(room: RoomInfo): number {
  const ring = room.room.polygon;
  const box = ringBBox(ring);
  const step = Math.max(2, Math.sqrt(ringArea(ring) / 400));
  let best = 0;
  for (let x = box.minX + step / 2; x < box.maxX; x += step) {
    for (let y = box.minY + step / 2; y < box.maxY; y += step) {
      if (pointInRing([x, y], ring) === 'inside') best = Math.max(best, distancePointToRing([x, y], ring));
    }
  }
  return 2 * best;
}

/** Distance from `from` along `dir` to the room's far wall. */
function rayToWall(room: RoomInfo, from: Point, dir: Point): number {
  const ring = room.room.polygon;
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

export function corridorDeadEnd(facility: Facility, corridor: RoomInfo): DeadEnd {
  return memoize(facility, `deadEnd:${corridor.room.id}`, () => {
    const ways = exitAccessDoors(facility, corridor);
    const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    if (ways.length === 0) {
      const ring = corridor.room.polygon;
      return { corridor, length: Infinity, endPoint: ring[0]!, path: [], waysOut: 0, separateExits: 0 };
    }
    const route = routesAvoiding(facility, (r) => r === corridor);
    const exitOf = (door: DoorInfo): DoorInfo | null => {
      if (door.exitFrom === corridor) return door;
      const other = facility.across(door, corridor);
      return other ? route(other)?.exit ?? null : null;
    };
    const halfWidth = corridorWidth(corridor) / 2;
    const mouths = ways.map((door) => {
      const pass = passageOf(door);
      const inward: Point = door.from === corridor ? [-pass.normal[0], -pass.normal[1]] : pass.normal;
      const face = door.from === corridor ? mid(pass.a, pass.b) : mid(pass.a2, pass.b2);
      // A door in a side wall is met where the centreline passes it; a door in an end wall (the way across runs the
      // corridor's length) is met at the end wall itself ("or to the exit").
      const across = rayToWall(corridor, face, inward);
      const depth = across > 2.5 * halfWidth ? 0 : Math.min(across / 2, halfWidth);
      return { door, exit: exitOf(door), p: [face[0] + inward[0] * depth, face[1] + inward[1] * depth] as Point };
    });
    const nav = new LevelNavigation(corridor.level, [corridor], corridor.doors, {
      isTarget: () => false,
      anchors: mouths.map((m) => ({ p: m.p, room: corridor })),
    });
    // The measure depends on the corridor's content and on which exit each way out leads to, nothing else.
    const key = `${nav.roomKey(corridor)}|${mouths.map((m) => `${m.p[0]},${m.p[1]},${m.exit?.door.id ?? ''}`).join(';')}`;
    const known = deadEndCache.get(key);
    if (known) return { ...known, corridor };
    // One field per exit reached, from all the mouths leading to it: "separate exits" is what the rule asks about,
    // and a corridor with hundreds of doors still has only a few of those.
    const groups = new Map<DoorInfo | null, number[]>();
    mouths.forEach((m, i) => (groups.get(m.exit) ?? groups.set(m.exit, []).get(m.exit)!).push(nav.anchorIds[i]!));
    const exits = [...groups.keys()].filter((e): e is DoorInfo => e !== null);
    const sources = exits.length ? exits.map((e) => groups.get(e)!) : [nav.anchorIds];
    const fields = sources.map((ids) => nav.search(ids));
    const between = (i: number, j: number) => Math.min(...sources[j]!.map((id) => fields[i]!.dist[id]!));
    const pairs: [number, number][] = [];
    for (let i = 0; i < fields.length; i++) for (let j = i + 1; j < fields.length; j++) pairs.push([i, j]);
    const ring = corridor.room.polygon;
    let worst: { p: Point; length: number; toward: number } = { p: ring[0]!, length: -1, toward: 0 };
    for (let k = 0; k < ring.length; k++) {
      const p = mid(ring[k]!, ring[(k + 1) % ring.length]!);
      const d = fields.map((f) => nav.nearestVia(p, corridor, f.dist)?.distance ?? Infinity);
      let length: number;
      let toward = d.indexOf(Math.min(...d));
      if (pairs.length === 0) length = d[toward]!;
      else {
        length = Infinity;
        for (const [i, j] of pairs) {
          const off = (d[i]! + d[j]! - between(i, j)) / 2;
          if (off < length) [length, toward] = [off, d[i]! <= d[j]! ? i : j];
        }
      }
      if (length > worst.length) worst = { p, length: Math.max(0, length), toward };
    }
    const via = nav.nearestVia(worst.p, corridor, fields[worst.toward]!.dist);
    const path = via ? nav.pathFrom(worst.p, via.id, fields[worst.toward]!.next) : [worst.p];
    const result = {
      corridor,
      length: worst.length,
      endPoint: worst.p,
      path,
      waysOut: ways.length,
      separateExits: new Set(mouths.map((m) => m.exit).filter(Boolean)).size,
    };
    deadEndCache.set(key, result);
    return result;
  });
}
