/**
 * Which doors lie in children's means of egress (500.087(1)(M)), shared by the fire-safety checks.
 *
 * - The **egress doors of a room**: its exits (a door to outside, or into an exit stair), and every door into a
 *   room from which an exit can be reached without coming back through the room — leaving out doors into the rooms
 *   children may not exit through (087(4)(F): kitchen, bathroom, storage, furnace room, garage; and laundries and
 *   closets, which lead nowhere).
 * - The **route doors**: the doors on the room-graph route to an exit (routesAvoiding, keeping out of those rooms
 *   where it can), and the exit it ends at, from every child-care room and from the room beyond each of its egress
 *   doors (a second way out is a means of egress all the way to its exit).
 *
 * Doors that are either, for any child-care room, are the doors "in a means of egress" of 087(4)(A) and (C).
 */
import type { DoorInfo, Facility, RoomInfo } from '../../engine/facility.ts';
import { memoize } from '../../engine/facility.ts';
import { routesAvoiding } from '../../engine/roomRoutes.ts';
import type { FindingGeometry } from '../types.ts';
import type { Point } from '../../geometry/types.ts';
import type { RoomUse } from '../../model/schema.ts';

/** 087(4)(F): children shall not exit through these; laundries and closets are dead ends, not ways out. */
export const NOT_A_WAY_OUT: ReadonlySet<RoomUse> = new Set<RoomUse>(['kitchen', 'bathroom', 'storage', 'mechanical', 'garage', 'laundry', 'closet']);

export const roomName = (room: RoomInfo): string => room.room.name || room.room.id;

/** "Door D3 from Infant Room to outside", "Door D2 between Room A and Hall". */
export function doorName(door: DoorInfo, from?: RoomInfo): string {
  const near = from && (door.from === from || door.to === from) ? from : door.from;
  const far = door.to === null ? null : near === door.from ? door.to : door.from;
  return far === null ? `Door ${door.door.id} from ${roomName(near)} to outside` : `Door ${door.door.id} between ${roomName(near)} and ${roomName(far)}`;
}

export const doorGeometry = (door: DoorInfo): FindingGeometry => ({ type: 'segment', points: [door.door.a, door.door.b] });
export const roomGeometry = (room: RoomInfo): FindingGeometry => ({ type: 'polygon', points: room.room.polygon });
export const pointGeometry = (p: Point): FindingGeometry => ({ type: 'point', points: [p] });
export const doorMidpoint = (door: DoorInfo): Point => [(door.door.a[0] + door.door.b[0]) / 2, (door.door.a[1] + door.door.b[1]) / 2];

/** ["a", "b", "c"] → "a, b and c" */
export const andList = (parts: readonly string[]): string =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

/** 27.94 → 27.9" */
export const inches = (n: number): string => `${Math.round(n * 10) / 10}"`;
/** 80 → 6'-8" */
export const feetInches = (n: number): string => {
  const ft = Math.floor(n / 12 + 1e-9);
  return `${ft}'-${Math.round((n - ft * 12) * 10) / 10}"`;
};

/** New-construction limits apply to a door when the licence is new or either room it joins is altered space. */
export const isNewDoor = (facility: Facility, door: DoorInfo): boolean =>
  facility.plan.facility.licensing === 'new' || door.from.room.altered === true || door.to?.room.altered === true;

/** Stairs join levels: a stair room leads to the stair rooms of the level it goes to (as roomRoutes reads it). */
export function stairLinks(facility: Facility, room: RoomInfo): RoomInfo[] {
  const stair = room.room.stair;
  const out = new Set<RoomInfo>();
  if (stair) {
    const there = facility.rooms.filter((r) => r.level.id === stair.to && r.room.use === 'stair');
    const back = there.filter((r) => r.room.stair?.to === room.level.id);
    for (const r of back.length ? back : there) out.add(r);
  }
  if (room.room.use === 'stair') {
    // Stairs drawn only at one end still join the level they come from.
    for (const r of facility.rooms) if (r !== room && r.room.stair?.to === room.level.id && r.room.use === 'stair' && (!stair || stair.to === r.level.id)) out.add(r);
  }
  return [...out];
}

export function neighbours(facility: Facility, room: RoomInfo): RoomInfo[] {
  const out: RoomInfo[] = [];
  for (const d of room.doors) {
    const n = facility.across(d, room);
    if (n) out.push(n);
  }
  return room.room.use === 'stair' ? [...out, ...stairLinks(facility, room)] : out;
}

function exitRooms(facility: Facility): ReadonlySet<RoomInfo> {
  return memoize(facility, 'fire:exitRooms', () => new Set(facility.exits.map((d) => d.exitFrom!)));
}

/** Whether `start` reaches a room holding an exit, through doors and stairs, never entering `blocked`. */
export function reachesExitAvoiding(facility: Facility, start: RoomInfo, blocked: ReadonlySet<RoomInfo>): boolean {
  const exits = exitRooms(facility);
  // Breadth first, so the search stops at the nearest exit instead of wandering the building.
  const seen = new Set<RoomInfo>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const room = queue[i]!;
    if (exits.has(room)) return true;
    for (const n of neighbours(facility, room)) {
      if (seen.has(n) || blocked.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return false;
}

/** The doors by which a room's occupants leave it toward an exit (see the file comment). */
export function egressDoorsOf(facility: Facility, room: RoomInfo): DoorInfo[] {
  return memoize(facility, `fire:egressDoors:${room.room.id}`, () => {
    const out: DoorInfo[] = [];
    for (const door of room.doors) {
      if (door.isExit) {
        if (door.exitFrom === room) out.push(door);
        continue;
      }
      const other = facility.across(door, room);
      if (!other || NOT_A_WAY_OUT.has(other.room.use)) continue;
      if (reachesExitAvoiding(facility, other, new Set([room]))) out.push(door);
    }
    return out;
  });
}

export interface EgressUse {
  /** Child-care rooms whose means of egress uses this door. */
  readonly rooms: Set<RoomInfo>;
  /** Rooms for children under 24 months of which this is an exit door (087(6)). */
  readonly infantRooms: Set<RoomInfo>;
}

/** Every door in a means of egress from a child-care room, with the rooms that use it. */
export function egressDoorUse(facility: Facility): ReadonlyMap<DoorInfo, EgressUse> {
  return memoize(facility, 'fire:egressDoorUse', () => {
    const use = new Map<DoorInfo, EgressUse>();
    const add = (door: DoorInfo, room: RoomInfo, infant: boolean) => {
      let u = use.get(door);
      if (!u) use.set(door, (u = { rooms: new Set(), infantRooms: new Set() }));
      u.rooms.add(room);
      if (infant) u.infantRooms.add(room);
    };
    const route = routesAvoiding(facility, (r) => NOT_A_WAY_OUT.has(r.room.use));
    const addRoute = (start: RoomInfo, owner: RoomInfo) => {
      const found = route(start);
      if (!found) return;
      const chain = [start, ...found.through];
      for (let i = 0; i + 1 < chain.length; i++) {
        const [a, b] = [chain[i]!, chain[i + 1]!];
        for (const door of a.doors) if (facility.across(door, a) === b) add(door, owner, false);
      }
      add(found.exit, owner, false);
    };
    for (const room of facility.rooms) {
      if (!room.isChildCare) continue;
      addRoute(room, room);
      // Each way out of the room continues to an exit: the doors on from there are in the means of egress too.
      for (const door of egressDoorsOf(facility, room)) {
        add(door, room, room.servesInfantsOrToddlers);
        const next = facility.across(door, room);
        if (next && !door.isExit) addRoute(next, room);
      }
    }
    // Plan order, so findings read in the order the doors were drawn.
    return new Map(facility.doors.filter((d) => use.has(d)).map((d) => [d, use.get(d)!]));
  });
}
