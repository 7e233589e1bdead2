/**
 * Travel distances of 500.087(8): from the most remote point of each room to the nearest exit (B), from each room
 * door used as an exit access to the nearest exit (A), and from every point of a sleeping room to that room's exit
 * access door (C). One navigation graph per level, built once per plan and shared by the three.
 */
import type { Point, Ring } from '../../geometry/types.ts';
import { memoize, type DoorInfo, type Facility, type RoomInfo } from '../facility.ts';
import type { Level } from '../../model/schema.ts';
import { LevelNavigation, type Guide, type NavField, type Reach, type TravelPath } from './navigation.ts';
import { walkRooms } from '../roomRoutes.ts';
import { ContentCache, numbersKey } from './reuse.ts';
import { remotestPoint } from './worstPoint.ts';
import { LEEWAY } from './obstacles.ts';

export interface RoomTravel {
  readonly room: RoomInfo;
  readonly worstPoint: Point;
  /** Inches; Infinity when no exit can be reached from the worst point. */
  readonly distance: number;
  readonly path: readonly Point[];
  readonly exit: DoorInfo | null;
}

/**
 * The last graph built of each level (by level id): the next analysis patches it where an edit left rooms alone
 * (LevelNavigation.patchFrom checks that it may, room by room, and builds afresh where it may not).
 */
const lastNavigation = new ContentCache<LevelNavigation>(8);

export function levelNavigation(facility: Facility, level: Level): LevelNavigation {
  return memoize(facility, `nav:${level.id}`, () => {
    const rooms = facility.rooms.filter((r) => r.level === level);
    const doors = facility.doors.filter((d) => d.level === level);
    const nav = new LevelNavigation(level, rooms, doors, { seeds: stairSeeds(facility, level, doors) }, lastNavigation.get(level.id));
    lastNavigation.set(level.id, nav);
    return nav;
  });
}

/**
 * The level's navigation with every clearance cut to half a body width (6 in): the measure of last resort for a point
 * no walk leaves at the method's clearance — the corner of a restroom walled in by a sink and a toilet 20 in apart.
 * The checks report it as such (a warning at best), never as the method's figure. Built only when asked.
 */
export function tightNavigation(facility: Facility, level: Level): LevelNavigation {
  return memoize(facility, `navTight:${level.id}`, () => {
    const rooms = facility.rooms.filter((r) => r.level === level);
    const doors = facility.doors.filter((d) => d.level === level);
    return new LevelNavigation(level, rooms, doors, { seeds: stairSeeds(facility, level, doors), clearanceCap: LEEWAY });
  });
}

/** From a point of a room to the nearest exit keeping only half a body width off everything (tightNavigation). */
export function tightTravelFrom(facility: Facility, room: RoomInfo, p: Point): TravelPath | null {
  return tightNavigation(facility, room.level).travelFrom(p, room);
}

/** From a point of a sleeping room to its nearest exit access door, keeping only half a body width off everything. */
export function tightSleepingTravelFrom(facility: Facility, room: RoomInfo, p: Point): { distance: number; path: readonly Point[]; door: DoorInfo } | null {
  const nav = tightNavigation(facility, room.level);
  const field = sleepField(facility, room, nav);
  const reach = field && nav.nearestVia(p, room, field);
  if (!field || !reach) return null;
  const source = nav.endOf(reach, field);
  return { distance: reach.distance, path: nav.walk(p, reach, field), door: exitAccessDoors(facility, room).find((d) => nav.doorNode.get(d) === source)! };
}

/**
 * Open stairs carry travel to another level: the door into a stair that is not itself an exit counts as the end
 * of this level's walk, with the stair's sloped length and the other level's distance on to its exits still to
 * go. Only stairs toward grade seed a level (a basement leads up, an upper floor down), so levels never wait on
 * each other in a circle.
 */
function stairSeeds(facility: Facility, level: Level, doors: readonly DoorInfo[]): Map<DoorInfo, number> {
  const seeds = new Map<DoorInfo, number>();
  for (const door of doors) {
    if (door.isExit) continue;
    const stairRoom = [door.from, door.to].find((r) => r?.room.use === 'stair' && r.room.stair);
    const stair = stairRoom?.room.stair;
    const target = stair && facility.plan.levels.find((l) => l.id === stair.to);
    if (!stairRoom || !stair || !target || Math.abs(target.elevation) >= Math.abs(level.elevation)) continue;
    const rise = Math.abs(level.elevation - target.elevation);
    const run = (rise / Math.max(stair.riser, 1)) * stair.tread;
    const arrival = facility.rooms.filter((r) => r.level === target && r.room.use === 'stair');
    const landing = arrival.filter((r) => r.room.stair?.to === level.id);
    const there = levelNavigation(facility, target);
    let onward = Infinity;
    for (const r of landing.length ? landing : arrival) {
      for (const d of r.doors) {
        const id = there.doorNode.get(d);
        if (id !== undefined) onward = Math.min(onward, there.toExit[id]!);
      }
    }
    if (Number.isFinite(onward)) seeds.set(door, onward + Math.hypot(run, rise));
  }
  return seeds;
}

/** Footprints an occupant cannot stand on ("any point ... not under an item"). */
const floorItems = (room: RoomInfo): Ring[] => room.items.flatMap((i) => (i.footprint ? [i.footprint] : []));

/** A room's most remote point and where the walk from it joins the graph, in the room's own node numbering. */
interface Farthest {
  readonly point: Point;
  readonly reach: Reach | null;
}

/**
 * Most remote points by everything they depend on: the room's content and the distances onward from its nodes.
 * The walk from the point is kept too, by the room's own node numbering, so an unchanged room costs no search at
 * all after an edit elsewhere.
 */
const farthestCache = new ContentCache<Farthest>(5_000);

function farthest(room: RoomInfo, nav: LevelNavigation, field: NavField, kind: string): Farthest {
  const ids = nav.roomNodes(room);
  const key = `${kind}|${nav.roomKey(room)}|${numbersKey(room.room.polygon.flat())}|${numbersKey(ids.map((id) => field.dist[id]!))}`;
  const global = (local: number) => (local >= 0 ? ids[local]! : -1);
  const hit = farthestCache.get(key);
  if (hit) return { point: hit.point, reach: hit.reach && { ...hit.reach, id: global(hit.reach.id) } };
  const guide: Guide = { ids: [] };
  const found = remotestPoint(
    room.room.polygon,
    floorItems(room),
    (p, cap) => nav.nearestVia(p, room, field, cap, guide)?.distance ?? Infinity,
    (p, cap) => nav.distanceAtMost(p, room, field, cap, guide),
  );
  const point = found?.point ?? room.room.polygon[0]!;
  const reach = nav.nearestVia(point, room, field);
  const local = (id: number) => (id >= 0 ? ids.indexOf(id) : -1);
  if (!reach || local(reach.id) >= 0) {
    farthestCache.set(key, { point, reach: reach && { ...reach, id: local(reach.id) } });
  }
  return { point, reach };
}

function remotest(room: RoomInfo, nav: LevelNavigation): RoomTravel {
  const { point, reach } = farthest(room, nav, nav.exits, 'exit');
  if (!reach) return { room, worstPoint: point, distance: Infinity, path: [point], exit: null };
  return { room, worstPoint: point, distance: reach.distance, path: nav.walk(point, reach), exit: nav.nodes[nav.endOf(reach)]!.exit };
}

/**
 * The most remote point among those a walk keeping the method's clearances does leave, and its walk — asked for a
 * room where some point none does, so the rest of the room is still held to the limit. Points cut off count for
 * nothing here (−∞): the search keeps to the rest.
 */
function farthestReachable(room: RoomInfo, nav: LevelNavigation, field: NavField): Farthest | null {
  const guide: Guide = { ids: [] };
  const value = (p: Point, cap = -Infinity) => {
    const d = nav.nearestVia(p, room, field, cap, guide)?.distance ?? Infinity;
    return Number.isFinite(d) ? d : -Infinity;
  };
  const found = remotestPoint(room.room.polygon, floorItems(room), value, (p, cap) => {
    const d = nav.distanceAtMost(p, room, field, cap, guide);
    return Number.isFinite(d) ? d : value(p);
  });
  if (!found || !Number.isFinite(found.value)) return null;
  const reach = nav.nearestVia(found.point, room, field);
  return reach ? { point: found.point, reach } : null;
}

/** travel.any-point's figure for the part of a room that paths do leave (see farthestReachable). */
export function reachableRoomTravel(facility: Facility, room: RoomInfo): RoomTravel | null {
  return memoize(facility, `travelReachable:${room.room.id}`, () => {
    const nav = levelNavigation(facility, room.level);
    const found = farthestReachable(room, nav, nav.exits);
    if (!found?.reach) return null;
    const { point, reach } = found;
    return { room, worstPoint: point, distance: reach.distance, path: nav.walk(point, reach), exit: nav.nodes[nav.endOf(reach)]!.exit };
  });
}

/** travel.sleeping-room's figure for the part of a sleeping room that paths do leave (see farthestReachable). */
export function reachableSleepingTravel(facility: Facility, room: RoomInfo): RoomTravel | null {
  return memoize(facility, `sleepReachable:${room.room.id}`, () => {
    const nav = levelNavigation(facility, room.level);
    const field = sleepField(facility, room, nav);
    const found = field && farthestReachable(room, nav, field);
    if (!field || !found?.reach) return null;
    const { point, reach } = found;
    const source = nav.endOf(reach, field);
    const door = exitAccessDoors(facility, room).find((d) => nav.doorNode.get(d) === source)!;
    return { room, worstPoint: point, distance: reach.distance, path: nav.walk(point, reach, field), exit: door };
  });
}

export function roomTravel(facility: Facility, room: RoomInfo): RoomTravel {
  return memoize(facility, `travel:${room.room.id}`, () => remotest(room, levelNavigation(facility, room.level)));
}

/** From the centre of a room door that is not itself an exit, to the nearest exit (087(8)(A)). */
export function doorTravel(facility: Facility, door: DoorInfo): TravelPath | null {
  const nav = levelNavigation(facility, door.level);
  const id = nav.doorNode.get(door);
  if (id === undefined || !Number.isFinite(nav.toExit[id]!)) return null;
  const points = nav.pathFrom(nav.nodes[id]!.p, id).slice(1);
  return { distance: nav.toExit[id]!, points, exit: nav.nodes[nav.sourceOf(id)]!.exit! };
}

/**
 * A room's exit access doors: its exits, and doors into rooms from which an exit can be reached without coming
 * back through this room (a door into a closet or a bathroom with no other way out is not one).
 */
export function exitAccessDoors(facility: Facility, room: RoomInfo): DoorInfo[] {
  // Asked by five checks for the same rooms: worked out once per plan.
  return memoize(facility, `exitAccess:${room.room.id}`, () =>
    room.doors.filter((door) => {
      if (door.exitFrom === room) return true;
      const other = facility.across(door, room);
      if (!other) return false;
      for (const r of walkRooms(facility, [other], room)) if (r.doors.some((d) => d.exitFrom === r)) return true;
      return false;
    }),
  );
}

/** Distances to a sleeping room's exit access doors within the room, on `nav`; null when it has none. */
function sleepField(facility: Facility, room: RoomInfo, nav: LevelNavigation): NavField | null {
  const sources = exitAccessDoors(facility, room).flatMap((d) => {
    const id = nav.doorNode.get(d);
    return id === undefined ? [] : [id];
  });
  // Shortest paths to the room's own doorways never leave the room: leaving means passing one of them.
  return sources.length === 0 ? null : nav.searchWithin(room, sources);
}

/** From every point of a sleeping room to its nearest exit access door, within the room (087(8)(C)). */
export function sleepingRoomTravel(facility: Facility, room: RoomInfo): RoomTravel | null {
  return memoize(facility, `sleepTravel:${room.room.id}`, () => {
    const nav = levelNavigation(facility, room.level);
    const field = sleepField(facility, room, nav);
    if (!field) return null;
    const { point: worstPoint, reach: via } = farthest(room, nav, field, 'sleep');
    if (!via) return { room, worstPoint, distance: Infinity, path: [worstPoint], exit: null };
    const source = nav.endOf(via, field);
    const door = exitAccessDoors(facility, room).find((d) => nav.doorNode.get(d) === source)!;
    return { room, worstPoint, distance: via.distance, path: nav.walk(worstPoint, via, field), exit: door };
  });
}
