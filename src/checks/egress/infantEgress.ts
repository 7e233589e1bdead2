import { exitAccessDoors } from '../../engine/egress/travel.ts';
import type { Facility, RoomInfo } from '../../engine/facility.ts';
import { finding, names } from '../finding.ts';
import type { Check } from '../types.ts';

/** Fewest rooms passed through from `start` to a door leading directly outside, and those rooms. */
function roomsToOutside(facility: Facility, start: RoomInfo): RoomInfo[] | null {
  const previous = new Map<RoomInfo, RoomInfo | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const room = queue.shift()!;
    if (room.doors.some((d) => d.from === room && d.to === null)) {
      const path: RoomInfo[] = [];
      for (let r: RoomInfo | null = room; r && r !== start; r = previous.get(r) ?? null) path.unshift(r);
      return path;
    }
    for (const d of room.doors) {
      const n = facility.across(d, room);
      if (n && !previous.has(n)) {
        previous.set(n, room);
        queue.push(n);
      }
    }
  }
  return null;
}

/**
 * 500.087(6), (6)(A): each room for children under 24 months has two means of egress, one leading directly outside
 * at level exit discharge (not needed when the whole building is sprinklered), and no child passes through more
 * than one adjoining room to reach a door leading directly outside.
 */
export const infantEgress: Check = {
  id: 'infant.egress',
  citation: '5 CSR 25-500.087(6), (6)(A)',
  title: 'Egress from infant and toddler rooms',
  run(facility) {
    const rooms = facility.rooms.filter((r) => r.servesInfantsOrToddlers);
    if (rooms.length === 0) return [finding(this, { status: 'n/a', message: 'No room is used for children under 24 months.' })];
    const sprinklered = facility.plan.facility.sprinklered;
    return rooms.map((room) => {
      const name = room.room.name || room.room.id;
      const means = exitAccessDoors(facility, room);
      const direct = room.doors.find((d) => d.exitFrom === room && d.isLevelExitDischarge);
      const toOutside = roomsToOutside(facility, room);
      const problems: string[] = [];
      if (means.length < 2) problems.push(`it has ${means.length === 0 ? 'no means' : 'only one means'} of egress (${means.map((d) => d.door.id).join(', ') || 'none'}), and needs two`);
      if (!direct && !sprinklered) problems.push('none of its doors leads directly outside at level exit discharge (required unless the building is sprinklered)');
      if (!toOutside) problems.push('no route leads to a door directly outside');
      else if (toOutside.length > 1) problems.push(`children pass through ${toOutside.length} rooms (${names(toOutside)}) to reach a door directly outside; at most one adjoining room is allowed`);
      const common = { subject: room.room.id, level: room.level.id, measured: means.length, limit: 2, unit: 'means of egress', geometry: { type: 'polygon' as const, points: room.room.polygon } };
      if (problems.length) return finding(this, { ...common, status: 'fail', message: `${name}: ${problems.join('; ')}.` });
      const outside = direct ? `door ${direct.door.id} leads directly outside` : 'the building is sprinklered, so no door directly outside is needed';
      return finding(this, { ...common, status: 'pass', message: `${name} has ${means.length} means of egress (${means.map((d) => d.door.id).join(', ')}); ${outside}.` });
    });
  },
};
