import { roomName } from '../egress/egressDoors.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { levelsUsedByChildren, storeyName, storeyOf } from './storeys.ts';

/**
 * 500.087(12)(I): child care space above the second floor (the third floor and up, the ground floor being the first)
 * needs the entire building protected by a supervised automatic sprinkler system.
 */
export const levelsSprinklers: Check = {
  id: 'levels.sprinklers',
  citation: '5 CSR 25-500.087(12)(I)',
  title: 'Sprinklers for child care above the second floor',
  run(facility) {
    const sprinklered = facility.plan.facility.sprinklered;
    const out: Finding[] = [];
    for (const { level, rooms } of levelsUsedByChildren(facility)) {
      const storey = storeyOf(facility, level);
      if (storey < 2) continue;
      const name = level.name || level.id;
      out.push(finding(this, {
        status: sprinklered ? 'pass' : 'fail',
        subject: level.id,
        level: level.id,
        message: `${name} is ${storeyName(storey)}, used for ${rooms.map(roomName).join(', ')}; child care above the second floor needs the whole building sprinklered, and it ${sprinklered ? 'is' : 'is not'}.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No child care is above the second floor.' })];
    return out;
  },
};
