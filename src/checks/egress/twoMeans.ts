import { roomsReachable } from '../../engine/roomRoutes.ts';
import { finding, names } from '../finding.ts';
import type { Check } from '../types.ts';
import { levelsUsedByChildren } from './levelsUsed.ts';

/** 500.087(4)(A): each level occupied by children has at least two means of egress. */
export const egressTwoMeans: Check = {
  id: 'egress.two-means',
  citation: '5 CSR 25-500.087(4)(A)',
  title: 'Two means of egress from each level',
  run(facility) {
    const levels = levelsUsedByChildren(facility);
    if (levels.length === 0) return [finding(this, { status: 'n/a', message: 'No level has a child-care room.' })];
    // An exit counts as the children's means of egress only if they can get to it (an office door outside that
    // no child-care room leads to is not one).
    const reachable = roomsReachable(facility, facility.rooms.filter((r) => r.isChildCare));
    return levels.map(({ level }) => {
      const exits = facility.exits.filter((d) => d.level === level && reachable.has(d.exitFrom!));
      const list = exits.map((d) => `${d.door.id} (${d.to === null ? 'outside' : names([d.to])})`).join(', ');
      return finding(this, {
        subject: level.id,
        level: level.id,
        status: exits.length >= 2 ? 'pass' : 'fail',
        measured: exits.length,
        limit: 2,
        unit: 'exits',
        message: exits.length >= 2
          ? `${level.name} has ${exits.length} exits: ${list}.`
          : `${level.name} has ${exits.length === 0 ? 'no exit' : `only one exit (${list})`}; each level used by children needs two means of egress, to the outside or into an exit stair.`,
      });
    });
  },
};
