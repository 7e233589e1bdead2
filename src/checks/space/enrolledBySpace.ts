/**
 * Enrolled children by the space group they use: two-year-olds go to the infant/toddler unit when some room
 * there serves them, otherwise to preschool space (mixed groups two and up, 500.112(1)(E)).
 */
import { enrollmentOf, spaceGroupOf, type SpaceGroup } from '../../engine/careAges.ts';
import type { Facility } from '../../engine/facility.ts';

export function enrolledIn(facility: Facility, group: SpaceGroup): number | null {
  const e = enrollmentOf(facility);
  if (!e) return null;
  const twosInUnit = facility.rooms.some((r) => r.ages.has('two') && spaceGroupOf(r) === 'infant-toddler');
  if (group === 'infant-toddler') return e.infant + e.toddler + (twosInUnit ? e.two : 0);
  return e.preschool + e.schoolAge + (twosInUnit ? 0 : e.two);
}
