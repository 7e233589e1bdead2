/**
 * Who is in care: the enrolment when the plan gives it, otherwise the ages the rooms are drawn for. Which
 * infant/toddler space rule of 500.082(2)(B)2 applies hangs on this.
 */
import type { AgeBand, Enrollment } from '../model/schema.ts';
import { AGE_BANDS } from '../model/schema.ts';
import type { SquareFeet } from '../model/quantities.ts';
import { memoize, type Facility, type RoomInfo } from './facility.ts';

export type FullEnrollment = Readonly<Record<AgeBand, number>>;

export function fullEnrollment(e: Enrollment): FullEnrollment {
  return { infant: e.infant ?? 0, toddler: e.toddler ?? 0, two: e.two ?? 0, preschool: e.preschool ?? 0, schoolAge: e.schoolAge ?? 0 };
}

export const enrolledTotal = (e: FullEnrollment): number => AGE_BANDS.reduce((sum, band) => sum + e[band], 0);
export const enrolledInfantToddler = (e: FullEnrollment): number => e.infant + e.toddler;

export function enrollmentOf(facility: Facility): FullEnrollment | null {
  const e = facility.plan.facility.enrollment;
  return e ? fullEnrollment(e) : null;
}

/** Age bands in care: enrolled (count > 0), else served by some child-care room. */
export function agesInCare(facility: Facility): ReadonlySet<AgeBand> {
  return memoize(facility, 'agesInCare', () => {
    const e = enrollmentOf(facility);
    if (e) return new Set(AGE_BANDS.filter((band) => e[band] > 0));
    const ages = new Set<AgeBand>();
    for (const room of facility.rooms) for (const band of room.ages) ages.add(band);
    return ages;
  });
}

/**
 * Space groups of 500.082(2)(B): infant/toddler rooms (and rooms of only two-year-olds, 2.B.(II)) against the
 * preschool and school-age space of 1.A. A room of two-year-olds mixed with older children is preschool space
 * (500.112(1)(E) mixed groups two and up).
 */
export type SpaceGroup = 'preschool' | 'infant-toddler';

export function spaceGroupOf(room: RoomInfo): SpaceGroup {
  if (room.servesInfantsOrToddlers) return 'infant-toddler';
  if (room.ages.size === 1 && room.ages.has('two')) return 'infant-toddler';
  return 'preschool';
}

export const isTwoYearOldRoom = (room: RoomInfo): boolean => !room.servesInfantsOrToddlers && room.ages.size === 1 && room.ages.has('two');

export interface InfantToddlerRule {
  /** 2.A small facility; 2.B large: `new` space at 45 sq ft, `existing` unaltered space at 35 (1.D). */
  readonly size: 'small' | 'large';
  readonly citation: string;
  /** Why this rule was chosen, in a sentence. */
  readonly why: string;
  /** Infants/toddlers the facility may have under this rule (2.A: at most 4), or null. */
  readonly infantToddlerCap: number | null;
}

/** 2.A: group homes with at most 4 infant/toddlers, or centers of at most 20 children with at most 4 of them. */
export function infantToddlerRule(facility: Facility): InfantToddlerRule {
  return memoize(facility, 'infantToddlerRule', () => {
    const { kind } = facility.plan.facility;
    const e = enrollmentOf(facility);
    if (e) {
      const it = enrolledInfantToddler(e);
      const total = enrolledTotal(e);
      const small = kind === 'group-home' ? it <= 4 : total <= 20 && it <= 4;
      return small
        ? { size: 'small', citation: '5 CSR 25-500.082(2)(B)2.A', why: `${kind === 'group-home' ? 'a group home' : `a center of ${total} children`} with ${it} infants/toddlers (at most 4)`, infantToddlerCap: 4 }
        : { size: 'large', citation: '5 CSR 25-500.082(2)(B)2.B', why: `${kind === 'group-home' ? 'a group home with more than 4 infants/toddlers' : `a center of ${total} children, ${it} of them infants/toddlers`}`, infantToddlerCap: null };
    }
    // Without an enrolment the group home is read as the usual case, licensed for at most 4 infants/toddlers.
    return kind === 'group-home'
      ? { size: 'small', citation: '5 CSR 25-500.082(2)(B)2.A', why: 'a group home, assumed licensed for at most 4 infants/toddlers (give the enrollment if it will have more)', infantToddlerCap: 4 }
      : { size: 'large', citation: '5 CSR 25-500.082(2)(B)2.B', why: 'a center (no enrollment given, so read as licensed for more than 20 children)', infantToddlerCap: null };
  });
}

/** New-construction limits apply: a `new` licence, or a room marked altered (plan-format.md, `licensing`). */
export const isNewSpace = (facility: Facility, room: RoomInfo): boolean =>
  facility.plan.facility.licensing === 'new' || room.room.altered === true;

export interface RoomSpaceRule {
  readonly perChild: SquareFeet;
  readonly deductNapping: boolean;
  readonly citation: string;
  readonly description: string;
}

/** Square feet per child, and whether napping equipment is deducted, for the ages a room serves. */
export function roomSpaceRule(facility: Facility, room: RoomInfo): RoomSpaceRule {
  if (spaceGroupOf(room) === 'preschool') {
    return { perChild: 35, deductNapping: true, citation: '5 CSR 25-500.082(2)(B)1.A', description: '35 sq ft per preschool and school-age child' };
  }
  if (isTwoYearOldRoom(room)) {
    return { perChild: 35, deductNapping: true, citation: '5 CSR 25-500.082(2)(B)2.B.(II)', description: '35 sq ft per child in a group of only two-year-olds' };
  }
  const rule = infantToddlerRule(facility);
  if (rule.size === 'small') {
    return { perChild: 35, deductNapping: true, citation: '5 CSR 25-500.082(2)(B)2.A.(I)', description: '35 sq ft per infant/toddler, cribs and playpens deducted' };
  }
  if (isNewSpace(facility, room)) {
    return { perChild: 45, deductNapping: false, citation: '5 CSR 25-500.082(2)(B)2.B.(I)', description: '45 sq ft per infant/toddler in new infant/toddler space, napping equipment not deducted' };
  }
  return { perChild: 35, deductNapping: true, citation: '5 CSR 25-500.082(2)(B)1.D', description: '35 sq ft per infant/toddler in space licensed before the rules, cribs deducted' };
}
