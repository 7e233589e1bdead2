/** Levels where children are: any child-care room on them. */
import type { Facility, RoomInfo } from '../../engine/facility.ts';
import type { Level } from '../../model/schema.ts';

export function levelsUsedByChildren(facility: Facility): { level: Level; rooms: RoomInfo[] }[] {
  return facility.plan.levels
    .map((level) => ({ level, rooms: facility.rooms.filter((r) => r.level === level) }))
    .filter(({ rooms }) => rooms.some((r) => r.isChildCare));
}
