/**
 * The route-finding graph for a poster's secondary route (routes.ts): the poster's level without the rooms a drill
 * route must not pass through (087(4)(F); 082(2)(B)2.B.(VIII); 082(2)(B)1.I), every exit but the primary one a
 * destination.
 *
 * Why shared: building a graph is the costly part of a poster (a 200-room level took some 35 ms a room), and the
 * graph depends on the poster's room only through
 *   - whether the room serves infants or toddlers (infant areas are a passage for their own children only), and
 *   - the primary exit, which is left out as a destination (and so becomes an ordinary doorway);
 * the room itself is always let in, but a child-care room is never one the rule keeps out. So one graph serves every
 * poster of a level with the same primary exit and the same infant answer — a level has few exits. A room the rule
 * would keep out gets a graph of its own with the room let back in, exactly as before.
 */
import { LevelNavigation } from '../../engine/egress/navigation.ts';
import { levelNavigation } from '../../engine/egress/travel.ts';
import type { DoorInfo, Facility, RoomInfo } from '../../engine/facility.ts';

/** Rooms a drill route avoids: 087(4)(F) service rooms, and the family's quarters (082(2)(B)1.I). */
const NOT_A_PASSAGE: ReadonlySet<string> = new Set(['kitchen', 'bathroom', 'storage', 'mechanical', 'garage', 'closet', 'laundry', 'family']);

/** Whether a route from a room serving infants or toddlers (or not) may pass through `r`, the start room aside. */
const passable = (r: RoomInfo, infants: boolean): boolean => !NOT_A_PASSAGE.has(r.room.use) && (!r.servesInfantsOrToddlers || infants);

/** Per facility: by primary exit, then by the infant answer (or by the room, for a room the rule keeps out). */
const cache = new WeakMap<Facility, Map<DoorInfo, Map<boolean | RoomInfo, LevelNavigation>>>();

/** Doors that end this level's walk with a distance still to go (open stairs toward grade), as the level's graph has them. */
function stairSeeds(nav: LevelNavigation, leaveOut: DoorInfo): Map<DoorInfo, number> {
  const seeds = new Map<DoorInfo, number>();
  for (const [door, id] of nav.doorNode) if (door !== leaveOut && !door.isExit && nav.nodes[id]!.exit === door) seeds.set(door, nav.toExit[id]!);
  return seeds;
}

/** The level of `room` without the rooms its drill route avoids, its destinations every exit but `leaveOut`. */
export function detourNavigation(facility: Facility, room: RoomInfo, leaveOut: DoorInfo): LevelNavigation {
  const infants = room.servesInfantsOrToddlers;
  const key = passable(room, infants) ? infants : room;
  const byExit = cache.get(facility) ?? cache.set(facility, new Map()).get(facility)!;
  const byKey = byExit.get(leaveOut) ?? byExit.set(leaveOut, new Map()).get(leaveOut)!;
  const found = byKey.get(key);
  if (found) return found;
  const allowed = (r: RoomInfo) => r === room || passable(r, infants);
  const rooms = facility.rooms.filter((r) => r.level === room.level && allowed(r));
  const doors = facility.doors.filter((d) => d.level === room.level && allowed(d.from) && (d.to === null || allowed(d.to)));
  const seeds = stairSeeds(levelNavigation(facility, room.level), leaveOut);
  const nav = new LevelNavigation(room.level, rooms, doors, { isTarget: (d) => d.isExit && d !== leaveOut, seeds });
  byKey.set(key, nav);
  return nav;
}
