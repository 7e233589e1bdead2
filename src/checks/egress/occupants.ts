/**
 * How many children the facility cares for at one time, for the fire rule's thresholds (500.087(4)(C)2: 100 persons;
 * (5)(A): 50 occupants; (12)(F)2: more than 50 children; (12)(G): more than 100 children): the licensed capacity the
 * plan supports, or the planned enrollment when that is larger. Staff are not drawn, so they are not counted.
 */
import { capacityModel } from '../../engine/capacity.ts';
import { enrolledTotal, enrollmentOf } from '../../engine/careAges.ts';
import { memoize, type Facility } from '../../engine/facility.ts';

export interface ChildCount {
  readonly children: number;
  /** "a licensed capacity of 48", "120 children enrolled" */
  readonly basis: string;
}

export function childrenInCare(facility: Facility): ChildCount {
  return memoize(facility, 'fire:childrenInCare', () => {
    const licensed = capacityModel(facility).licensed;
    const e = enrollmentOf(facility);
    const enrolled = e ? enrolledTotal(e) : 0;
    return enrolled > licensed
      ? { children: enrolled, basis: `${enrolled} children enrolled` }
      : { children: licensed, basis: `a licensed capacity of ${licensed}` };
  });
}
