/**
 * Evacuation routes from a child-care room for its posted plan (087(2)(E), 090(2)(B)2): the primary route is the
 * engine's travel path from the room's most remote point to its nearest exit (roomTravel, the path the travel
 * distance check measures); the secondary route is the shortest path from the same point to any OTHER exit, on the
 * same navigation graph searched again with the primary exit left out as a destination — so it is a true geodesic
 * like the first, and "different" means a different exit door.
 */
import { levelNavigation, roomTravel } from '../../engine/egress/travel.ts';
import type { DoorInfo, Facility, RoomInfo } from '../../engine/facility.ts';
import { pointInRing } from '../../geometry/index.ts';
import type { Point } from '../../geometry/types.ts';

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

/** The rooms a path visits after its start room, in order, sampled along each leg. */
function roomsAlong(facility: Facility, start: RoomInfo, points: readonly Point[]): RoomInfo[] {
  const rooms = facility.rooms.filter((r) => r.level === start.level);
  const out: RoomInfo[] = [];
  let last: RoomInfo = start;
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1]!, points[i]!];
    for (const t of [0.25, 0.5, 0.75, 1]) {
      const s: Point = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
      const room = pointInRing(s, last.room.polygon) === 'inside' ? last : rooms.find((r) => pointInRing(s, r.room.polygon) === 'inside');
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
  const others = nav.nodes.flatMap((node, i) => (node.exit && node.exit !== primary.exit ? [i] : []));
  if (others.length === 0) return { start, primary, secondary: null };
  const field = nav.search(others);
  const via = nav.nearestVia(start, room, field.dist);
  if (!via || !Number.isFinite(via.distance)) return { start, primary, secondary: null };
  const points = nav.pathFrom(start, via.id, field.next);
  const exit = nav.nodes[nav.sourceOf(via.id, field.next)]!.exit!;
  return { start, primary, secondary: { points, distance: via.distance, exit, through: roomsAlong(facility, room, points) } };
}
