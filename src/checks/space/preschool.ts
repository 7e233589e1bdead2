import { capacityModel } from '../../engine/capacity.ts';
import { atLeast, finding, sqft } from '../finding.ts';
import type { Check } from '../types.ts';
import { enrolledIn } from './enrolledBySpace.ts';

const PER_CHILD = 35;

/** 500.082(2)(B)1.A: 35 sq ft of usable floor space per preschool and school-age child, over the facility. */
export const spacePreschool: Check = {
  id: 'space.preschool',
  citation: '5 CSR 25-500.082(2)(B)1.A',
  title: '35 sq ft per preschool and school-age child',
  run(facility) {
    const space = capacityModel(facility).preschool;
    const enrolled = enrolledIn(facility, 'preschool');
    if (!space) {
      if (enrolled) return [finding(this, { status: 'fail', measured: 0, limit: PER_CHILD, unit: 'sq ft per child', message: `${enrolled} preschool and school-age children are enrolled but no child-care room is drawn for their ages.` })];
      return [finding(this, { status: 'n/a', message: 'No room is used for preschool or school-age children.' })];
    }
    const rooms = space.rooms.map((r) => `${r.room.room.name} ${Math.floor(r.children + 1e-9)}`).join(', ');
    if (enrolled === null || enrolled === 0) {
      return [finding(this, {
        status: space.children > 0 ? 'pass' : 'fail',
        measured: space.children,
        unit: 'children',
        message: `${sqft(space.usableSqFt)} of usable preschool and school-age space allows ${space.children} children at 35 sq ft each (by room: ${rooms}).`,
      })];
    }
    const perChild = space.usableSqFt / enrolled;
    return [finding(this, {
      status: atLeast(perChild, PER_CHILD),
      measured: perChild,
      limit: PER_CHILD,
      unit: 'sq ft per child',
      message: `${enrolled} preschool and school-age children have ${sqft(space.usableSqFt)} of usable space, ${sqft(perChild)} each (at least 35; the space allows ${space.children}).`,
    })];
  },
};
