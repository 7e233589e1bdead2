/**
 * Routes from room to room through doors, to the exits. Rules such as 500.082(5)(F) (kitchens are not
 * passageways) and 082(2)(B)2.B.(VIII) (infant/toddler areas are not passageways) ask whether a room can reach an
 * exit without passing through some kind of room — and, where it cannot, which room forces it.
 */
import type { DoorInfo, Facility, RoomInfo } from './facility.ts';

export interface RoomRoute {
  /** Rooms passed through after leaving the start, in order (the room holding the exit door included). */
  readonly through: readonly RoomInfo[];
  readonly exit: DoorInfo;
}

/** Stairs join levels: a stair room leads to the stair rooms of the level it goes to. */
function stairLinks(facility: Facility, room: RoomInfo): RoomInfo[] {
  const stair = room.room.stair;
  if (!stair) return [];
  const there = facility.rooms.filter((r) => r.level.id === stair.to && r.room.use === 'stair');
  const back = there.filter((r) => r.room.stair?.to === room.level.id);
  return back.length ? back : there;
}

function neighbours(facility: Facility, room: RoomInfo): RoomInfo[] {
  const out: RoomInfo[] = [];
  for (const d of room.doors) {
    const n = facility.across(d, room);
    if (n) out.push(n);
  }
  return room.room.stair ? [...out, ...stairLinks(facility, room)] : out;
}

/**
 * Rooms reachable through doors (and stairs) from `starts`, nearest first, never entering `barrier`. A generator,
 * so a caller looking for one kind of room stops at the first.
 */
export function* walkRooms(facility: Facility, starts: readonly RoomInfo[], barrier?: RoomInfo): Generator<RoomInfo> {
  const seen = new Set<RoomInfo>(starts);
  const queue = [...starts];
  while (queue.length) {
    const room = queue.shift()!;
    yield room;
    for (const n of neighbours(facility, room)) {
      if (n === barrier || seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
}

export const roomsReachable = (facility: Facility, starts: readonly RoomInfo[], barrier?: RoomInfo): Set<RoomInfo> =>
  new Set(walkRooms(facility, starts, barrier));

export type RouteFinder = (start: RoomInfo) => RoomRoute | null;

/**
 * For every room at once, the route to an exit passing through the fewest rooms for which `avoid` holds.
 * One 0-1 BFS outward from the exits (cost = avoided rooms on the way, counting the room itself), so checking
 * every room of a 5,000-room plan costs one pass over the graph, not one search per room.
 */
export function routesAvoiding(facility: Facility, avoid: (room: RoomInfo) => boolean): RouteFinder {
  const costFrom = new Map<RoomInfo, number>(); // avoided rooms from entering this room to leaving by an exit
  const toward = new Map<RoomInfo, RoomInfo>(); // next room on the way out
  const exitOf = new Map<RoomInfo, DoorInfo>();
  const deque: RoomInfo[] = [];
  for (const door of facility.exits) {
    const room = door.exitFrom!;
    if (exitOf.has(room)) continue;
    exitOf.set(room, door);
    costFrom.set(room, avoid(room) ? 1 : 0);
    deque.push(room);
  }
  deque.sort((a, b) => costFrom.get(a)! - costFrom.get(b)!);
  const done = new Set<RoomInfo>();
  while (deque.length) {
    const room = deque.shift()!;
    if (done.has(room)) continue;
    done.add(room);
    const c = costFrom.get(room)!;
    for (const n of neighbours(facility, room)) {
      if (done.has(n) || exitOf.has(n)) continue;
      const step = avoid(n) ? 1 : 0;
      if (c + step < (costFrom.get(n) ?? Infinity)) {
        costFrom.set(n, c + step);
        toward.set(n, room);
        if (step === 0) deque.unshift(n);
        else deque.push(n);
      }
    }
  }
  return (start) => {
    if (exitOf.has(start)) return { through: [], exit: exitOf.get(start)! };
    // Leaving the start room itself costs nothing: pick the cheapest neighbour to step into.
    let first: RoomInfo | null = null;
    for (const n of neighbours(facility, start)) {
      const c = costFrom.get(n);
      if (c !== undefined && (!first || c < costFrom.get(first)!)) first = n;
    }
    if (!first) return null;
    const through: RoomInfo[] = [];
    let room: RoomInfo | undefined = first;
    while (room && !exitOf.has(room) && through.length <= facility.rooms.length) {
      through.push(room);
      room = toward.get(room);
    }
    if (!room) return null;
    through.push(room);
    return { through, exit: exitOf.get(room)! };
  };
}
