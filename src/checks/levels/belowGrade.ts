import { roomName } from '../egress/egressDoors.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { levelsUsedByChildren, storeyName, storeyOf } from './storeys.ts';

/**
 * 500.087(7)(A): areas used for day care are not more than one level below ground level. Levels are counted as in
 * storeys.ts (a floor within five steps of the one above is the same level, 087(1)(L)).
 */
export const levelsBelowGrade: Check = {
  id: 'levels.below-grade',
  citation: '5 CSR 25-500.087(7)(A)',
  title: 'No child care more than one level below ground',
  run(facility) {
    const out: Finding[] = [];
    for (const { level, rooms } of levelsUsedByChildren(facility)) {
      const storey = storeyOf(facility, level);
      if (storey >= 0) continue;
      const depth = -storey;
      const name = level.name || level.id;
      out.push(finding(this, {
        status: depth > 1 ? 'fail' : 'pass',
        subject: level.id,
        level: level.id,
        measured: depth,
        limit: 1,
        unit: 'levels below ground',
        message: `${name} (${Math.abs(level.elevation)}" below the exit discharge) is ${storeyName(storey)}, used for ${rooms.map(roomName).join(', ')}; child care may be at most one level below ground.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No child care is below ground level.' })];
    return out;
  },
};
