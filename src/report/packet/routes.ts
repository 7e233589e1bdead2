/**
 * Evacuation routes from a child-care room for its posted plan (087(2)(E), 090(2)(B)2): the primary route is the
 * engine's travel path from the room's most remote point to its nearest exit (roomTravel, the path the travel
 * distance check measures); the secondary route is the shortest path from the same point to any OTHER exit door —
 * a geodesic on the same terms (LevelNavigation), with the primary exit no longer a destination.
 *
 * A drill route should not lead children through rooms the rules keep them out of or forbid as passageways
 * (087(4)(F): kitchens, bathrooms, storage, mechanical rooms, garages; 082(2)(B)2.B.(VIII): infant/toddler areas;
 * 082(2)(B)1.I: the family's living quarters), so the secondary route is first sought without them; only when no
 * other exit can be reached that way is the plain shortest route to another exit taken.
 */
import type { LevelNavigation } from '../../engine/egress/navigation.ts';
import { levelNavigation, roomTravel } from '../../engine/egress/travel.ts';
import type { DoorInfo, Facility, RoomInfo } from '../../engine/facility.ts';
import { pointInRing, ringBBox } from '../../geometry/index.ts';
import type { BBox, Point } from '../../geometry/types.ts';
import { detourNavigation } from './detourNavigation.ts';

export interface EvacuationRoute {
  readonly points: readonly Point[];
  /** Inches. */
  readonly distance: number;
  readonly exit: DoorInfo;
  /** Rooms the route passes through after leaving the start room, in order (the exit's room last). */
  readonly through: readonly RoomInfo[];
}

export interface EvacuationRoutes {
  readonly start: Point;
  readonly primary: EvacuationRoute | null;
  readonly secondary: EvacuationRoute | null;
}

const boxes = new WeakMap<RoomInfo, BBox>();
const boxOf = (r: RoomInfo): BBox => boxes.get(r) ?? boxes.set(r, ringBBox(r.room.polygon)).get(r)!;
/** p in the room, its bounding box asked first: a large level has hundreds of rooms and every poster asks. */
const inRoom = (p: Point, r: RoomInfo): boolean => {
  const b = boxOf(r);
  return p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY && pointInRing(p, r.room.polygon) === 'inside';
};

/** The rooms a path visits after its start room, in order, sampled along each leg. */
export function roomsAlong(facility: Facility, start: RoomInfo, points: readonly Point[]): RoomInfo[] {
  const rooms = facility.rooms.filter((r) => r.level === start.level);
  const out: RoomInfo[] = [];
  let last: RoomInfo = start;
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1]!, points[i]!];
    for (const t of [0.25, 0.5, 0.75, 1]) {
      const s: Point = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
      const room = inRoom(s, last) ? last : rooms.find((r) => inRoom(s, r));
      if (room && room !== last) {
        if (room !== start && !out.includes(room)) out.push(room);
        last = room;
      }
    }
  }
  return out;
}

export function evacuationRoutes(facility: Facility, room: RoomInfo): EvacuationRoutes {
  const travel = roomTravel(facility, room);
  const start = travel.worstPoint;
  const primary: EvacuationRoute | null =
    travel.exit && Number.isFinite(travel.distance)
      ? { points: travel.path, distance: travel.distance, exit: travel.exit, through: roomsAlong(facility, room, travel.path) }
      : null;
  if (!primary) return { start, primary: null, secondary: null };

  const nav = levelNavigation(facility, room.level);
  const found = avoidingServiceRooms(facility, room, start, primary.exit) ?? anyOtherExit(nav, room, start, primary.exit);
  if (!found) return { start, primary, secondary: null };
  return { start, primary, secondary: { ...found, through: roomsAlong(facility, room, found.points) } };
}

type Found = Pick<EvacuationRoute, 'points' | 'distance' | 'exit'>;

/** The shortest way to another exit that keeps out of the rooms a drill route avoids (detourNavigation.ts). */
function avoidingServiceRooms(facility: Facility, room: RoomInfo, start: Point, leaveOut: DoorInfo): Found | null {
  const path = detourNavigation(facility, room, leaveOut).travelFrom(start, room);
  return path && Number.isFinite(path.distance) ? { points: path.points, distance: path.distance, exit: path.exit } : null;
}

function anyOtherExit(nav: LevelNavigation, room: RoomInfo, start: Point, leaveOut: DoorInfo): Found | null {
  const others = nav.nodes.flatMap((node, i) => (node.exit && node.exit !== leaveOut ? [i] : []));
  if (others.length === 0) return null;
  const field = nav.search(others);
  const via = nav.nearestVia(start, room, field);
  if (!via || !Number.isFinite(via.distance)) return null;
  return { points: nav.walk(start, via, field), distance: via.distance, exit: nav.nodes[nav.endOf(via, field)]!.exit! };
}
