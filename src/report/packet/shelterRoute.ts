/**
 * The tornado route of an evacuation poster. 500.087(2)(E) asks for the posted plan "for fires and tornadoes" with
 * the route for the drills, and 500.090(1)(C)2 for diagrams of the routes "to a safe location within the facility
 * where children and staff members can stay until the threat of danger passes": the rooms the plan marks
 * `tornadoShelter` (plan-format extension). The route is the shortest walk, on the travel-distance terms of the
 * egress engine (LevelNavigation: 12" clear of corners and furniture), from the poster's start point to a door into
 * a shelter room on the same level. A shelter on another level is named, not drawn (the poster shows one level).
 */
import { LevelNavigation } from '../../engine/egress/navigation.ts';
import type { DoorInfo, Facility, RoomInfo } from '../../engine/facility.ts';
import type { Level } from '../../model/schema.ts';
import type { Point } from '../../geometry/types.ts';

export type ShelterPlan =
  /** No room of the plan is marked as the tornado shelter area. */
  | { readonly kind: 'none' }
  /** The poster's own room is a shelter area: stay. */
  | { readonly kind: 'here'; readonly shelter: RoomInfo }
  | { readonly kind: 'route'; readonly shelter: RoomInfo; readonly points: readonly Point[]; readonly distance: number }
  /** On another level, or no way to it found on the plan. */
  | { readonly kind: 'elsewhere'; readonly shelter: RoomInfo };

const cache = new WeakMap<Facility, Map<Level, LevelNavigation>>();

/** One graph per level, its targets the doors into a shelter room, shared by every poster of the level. */
function shelterNavigation(facility: Facility, level: Level, shelters: ReadonlySet<RoomInfo>): LevelNavigation {
  const perLevel = cache.get(facility) ?? cache.set(facility, new Map()).get(facility)!;
  const found = perLevel.get(level);
  if (found) return found;
  const intoShelter = (d: DoorInfo) => d.to !== null && shelters.has(d.from) !== shelters.has(d.to);
  const nav = new LevelNavigation(
    level,
    facility.rooms.filter((r) => r.level === level),
    facility.doors.filter((d) => d.level === level),
    // Travel ends in the doorway, reached from the side that is not the shelter.
    { isTarget: intoShelter, targetRoom: (d) => (shelters.has(d.from) ? d.to! : d.from) },
  );
  perLevel.set(level, nav);
  return nav;
}

export function shelterRoute(facility: Facility, room: RoomInfo, start: Point): ShelterPlan {
  const shelters = facility.rooms.filter((r) => r.room.tornadoShelter);
  if (shelters.length === 0) return { kind: 'none' };
  if (shelters.includes(room)) return { kind: 'here', shelter: room };
  const here = new Set(shelters.filter((s) => s.level === room.level));
  if (here.size === 0) return { kind: 'elsewhere', shelter: shelters[0]! };
  const path = shelterNavigation(facility, room.level, here).travelFrom(start, room);
  if (!path || !Number.isFinite(path.distance)) return { kind: 'elsewhere', shelter: [...here][0]! };
  const shelter = here.has(path.exit.from) ? path.exit.from : path.exit.to!;
  return { kind: 'route', shelter, points: path.points, distance: path.distance };
}
