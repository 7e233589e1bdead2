import type { RoomInfo } from '../../engine/facility.ts';
import { andList, doorGeometry, doorName, roomName } from '../egress/egressDoors.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

const ONE_HOUR = 60;

/**
 * 500.087(10)(A): "The door between the main level and any level below or above it shall be equipped with a one
 * (1)-hour fire rated self-closing door." Read as every door from a floor into a stair room (the stair joins the
 * levels); the rule gives no exception — not for sprinklers, not for existing buildings. A door onto an outside stair
 * opens to the open air, not between levels inside, so it is not one of them. A bare opening, sliding or folding
 * door into a stair is no self-closing rated door.
 */
export const protectLevelDoors: Check = {
  id: 'protect.level-doors',
  citation: '5 CSR 25-500.087(10)(A)',
  title: 'Rated self-closing doors between levels',
  run(facility) {
    const stairs = facility.rooms.filter((r) => r.room.use === 'stair');
    if (stairs.length === 0) {
      return [facility.plan.levels.length > 1
        ? finding(this, { status: 'verify', message: 'The plan has more than one level but no stair is drawn; draw the stair and its doors so the doors between levels can be checked.' })
        : finding(this, { status: 'n/a', message: 'The facility is on one level.' })];
    }
    const out: Finding[] = [];
    for (const door of facility.doors) {
      if (door.to === null) continue;
      const stair: RoomInfo | null = door.to.room.use === 'stair' && door.from.room.use !== 'stair' ? door.to : door.from.room.use === 'stair' && door.to.room.use !== 'stair' ? door.from : null;
      if (!stair) continue;
      const floorSide = stair === door.to ? door.from : door.to;
      const name = doorName(door, floorSide);
      const common = { subject: door.door.id, level: door.level.id, geometry: doorGeometry(door) };
      if (stair.room.stair?.outside) {
        out.push(finding(this, { ...common, status: 'n/a', message: `${name} opens onto outside stair ${roomName(stair)}, not between levels inside the building.` }));
        continue;
      }
      const d = door.door;
      const kind = d.kind ?? 'swing';
      const rating = d.fireRating ?? 0;
      const problems: string[] = [];
      if (kind !== 'swing') problems.push(kind === 'opening' ? 'is a bare opening with no door' : `is a ${kind} door`);
      if (rating < ONE_HOUR) problems.push(rating > 0 ? `is rated ${rating} minutes` : 'has no fire rating');
      if (!d.selfClosing) problems.push('is not self-closing');
      out.push(finding(this, {
        ...common,
        status: problems.length ? 'fail' : 'pass',
        measured: rating,
        limit: ONE_HOUR,
        unit: 'min',
        message: problems.length
          ? `${name} ${andList(problems)}; the door between levels must be a 1-hour fire-rated self-closing door.`
          : `${name} is a ${rating}-minute fire-rated self-closing door, as the door between levels must be.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'verify', message: `No door into stair ${stairs.map(roomName).join(', ')} is drawn; the door between levels must be a 1-hour fire-rated self-closing door.` })];
    return out;
  },
};
