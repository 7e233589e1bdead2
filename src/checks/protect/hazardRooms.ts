import type { RoomInfo } from '../../engine/facility.ts';
import type { Door } from '../../model/schema.ts';
import { roomGeometry, roomName } from '../egress/egressDoors.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** 087(10)(D) "a locked doorknob or latch": locks that keep children out. */
const LOCKED: ReadonlySet<NonNullable<Door['lock']>> = new Set(['locked-closed', 'keyed-deadbolt', 'thumb-turn']);
const FIRE_BARRIER_MINUTES = 60;

interface Hazard {
  /** "a furnace room", "a laundry" */
  readonly what: string;
  readonly paragraph: string;
  /** Storage is a hazard room only in quantities the inspector deems hazardous (10)(C)2-3: short of that, verify. */
  readonly inspectorDecides: boolean;
}

function hazardOf(room: RoomInfo): Hazard | null {
  const appliance = room.items.find((i) => i.item.type === 'furnace' || i.item.type === 'water-heater');
  if (room.room.use === 'mechanical' || appliance) {
    const what = appliance ? `a room containing ${appliance.item.type === 'furnace' ? 'a furnace' : 'a water heater'} (${appliance.item.id})` : 'a furnace or water-heater room';
    return { what, paragraph: '(10)(C)1', inspectorDecides: false };
  }
  if (room.room.use === 'laundry') return { what: 'a laundry', paragraph: '(10)(C)4', inspectorDecides: false };
  if (room.room.use === 'storage') return { what: 'a storage room', paragraph: '(10)(C)2-3', inspectorDecides: true };
  return null;
}

/**
 * 500.087(10)(C)-(E), per room: furnace, boiler and water-heater rooms (use `mechanical`, or any room holding a
 * furnace or water heater), laundries, and storage rooms are separated by a 1-hour fire barrier (`fireRating` ≥ 60) —
 * not needed where a sprinkler head off the domestic supply protects the room or the building is sprinklered (E) —
 * and are kept from children by a locked doorknob or latch on every door (D). Storage rooms are hazard rooms only
 * when the inspector deems the quantity of combustible or hazardous supplies hazardous, so there a shortfall is
 * `verify`. The fire alarm initiating device of (E) is placed as the inspector instructs.
 */
export const protectHazardRooms: Check = {
  id: 'protect.hazard-rooms',
  citation: '5 CSR 25-500.087(10)(C)-(E)',
  title: 'Hazard rooms enclosed and locked',
  run(facility) {
    const sprinklered = facility.plan.facility.sprinklered;
    const out: Finding[] = [];
    for (const room of facility.rooms) {
      const hazard = hazardOf(room);
      if (!hazard) continue;
      const name = roomName(room);
      const common = { subject: room.room.id, level: room.level.id, geometry: roomGeometry(room), citation: `5 CSR 25-500.087${hazard.paragraph}, (D), (E)` };
      if (room.isChildCare) {
        out.push(finding(this, { ...common, status: 'fail', message: `${name} is a child-care room and ${hazard.what.replace(/^a room containing /, 'contains ')}; it must stand in its own room behind a 1-hour fire barrier, locked from children.` }));
        continue;
      }
      const problems: string[] = [];
      const rating = room.room.fireRating ?? 0;
      const barrier = rating >= FIRE_BARRIER_MINUTES
        ? `a ${rating}-minute fire barrier`
        : room.room.sprinklerHead
          ? 'a sprinkler head in place of the 1-hour barrier'
          : sprinklered
            ? 'the building sprinkler system in place of the 1-hour barrier'
            : null;
      if (!barrier) problems.push(rating > 0 ? `its ${rating}-minute enclosure is under the 1-hour fire barrier it needs (or a sprinkler head)` : 'it has no 1-hour fire barrier (or sprinkler head)');
      const unlocked = room.doors.filter((d) => !LOCKED.has(d.door.lock ?? 'none'));
      if (unlocked.length) problems.push(`door${unlocked.length > 1 ? 's' : ''} ${unlocked.map((d) => d.door.id).join(', ')} ${unlocked.length > 1 ? 'are' : 'is'} not locked against children`);
      const noDoor = room.doors.length === 0;

      if (problems.length) {
        out.push(finding(this, {
          ...common,
          status: hazard.inspectorDecides ? 'verify' : 'fail',
          measured: rating,
          limit: FIRE_BARRIER_MINUTES,
          unit: 'min',
          message: `${name} is ${hazard.what}: ${problems.join(', and ')}${hazard.inspectorDecides ? ' — required if the inspector deems the supplies stored there hazardous' : ''}.`,
        }));
        continue;
      }
      out.push(finding(this, {
        ...common,
        status: noDoor ? 'verify' : 'pass',
        measured: rating,
        limit: FIRE_BARRIER_MINUTES,
        unit: 'min',
        message: noDoor
          ? `${name} is ${hazard.what} with ${barrier}, but no door is drawn; the inspector confirms children cannot get in.`
          : `${name} is ${hazard.what} with ${barrier}, and its door${room.doors.length > 1 ? 's are' : ' is'} locked against children.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No furnace, water-heater, laundry or storage room is drawn.' })];
    return out;
  },
};
