/**
 * Toilets and adjacent handwashing sinks available to children, 500.082(3)(A)1-2 and (3)(C)1: one toilet and
 * one adjacent sink per 20 children, per 24 in an infant/toddler unit; urinals may stand in for up to half the
 * toilets. Staff-only bathrooms do not count.
 */
import type { ItemType } from '../model/schema.ts';
import { memoize, type Facility, type RoomInfo } from './facility.ts';

export const CHILDREN_PER_FIXTURE = 20;
export const INFANT_UNIT_CHILDREN_PER_FIXTURE = 24;

const STAFF_NAME = /\b(staff|adult|employee|teacher)s?\b/i;

export function restroomFor(room: RoomInfo): 'children' | 'staff' | 'girls' | 'boys' | 'school-age' {
  if (room.room.restroomFor) return room.room.restroomFor;
  const name = room.room.name;
  if (STAFF_NAME.test(name)) return 'staff';
  if (/\bgirls?'?s?\b/i.test(name)) return 'girls';
  if (/\bboys?'?s?\b/i.test(name)) return 'boys';
  if (/school[- ]?age/i.test(name)) return 'school-age';
  return 'children';
}

export const isChildrensBathroom = (room: RoomInfo): boolean => room.room.use === 'bathroom' && restroomFor(room) !== 'staff';

export interface FixtureCount {
  readonly toilets: number;
  readonly urinals: number;
  readonly sinks: number;
  /** Toilet-and-sink sets: urinals count for at most half the toilets required, sinks must match. */
  readonly sets: number;
}

export interface BathroomFixtures {
  readonly infantUnit: FixtureCount;
  readonly general: FixtureCount;
  readonly children: number;
  /** Children's bathrooms with no toilet (082(3)(A)2: at least one toilet per bathroom). */
  readonly withoutToilet: readonly RoomInfo[];
  readonly bathrooms: readonly RoomInfo[];
}

const countOf = (room: RoomInfo, type: ItemType) => room.items.filter((i) => i.item.type === type).length;

/** Sets = the most R with toilets + min(urinals, R/2) >= R and sinks >= R, i.e. min(T + min(U, T), S). */
export const fixtureSets = (toilets: number, urinals: number, sinks: number): number => Math.min(toilets + Math.min(urinals, toilets), sinks);

function tally(rooms: readonly RoomInfo[], sinkRooms: readonly RoomInfo[]): FixtureCount {
  const toilets = rooms.reduce((n, r) => n + countOf(r, 'toilet'), 0);
  const urinals = rooms.reduce((n, r) => n + countOf(r, 'urinal'), 0);
  const sinks = sinkRooms.reduce((n, r) => n + countOf(r, 'sink'), 0);
  return { toilets, urinals, sinks, sets: fixtureSets(toilets, urinals, sinks) };
}

export function bathroomFixtures(facility: Facility): BathroomFixtures {
  return memoize(facility, 'bathroomFixtures', () => {
    const bathrooms = facility.rooms.filter(isChildrensBathroom);
    const neighbours = (room: RoomInfo) => room.doors.map((d) => facility.across(d, room)).filter((r): r is RoomInfo => r !== null);
    // A bathroom opening off an infant/toddler room belongs to that unit; so do toilets in the room itself.
    const inInfantUnit = (room: RoomInfo) => room.servesInfantsOrToddlers || (room.room.use === 'bathroom' && neighbours(room).some((n) => n.servesInfantsOrToddlers));
    const withToilets = facility.rooms.filter((r) => r.isChildCare && countOf(r, 'toilet') + countOf(r, 'urinal') > 0);
    const toiletRooms = [...bathrooms, ...withToilets];
    // Sinks count when "adjacent": in the bathroom, or in a child-care room it opens off (or that has a toilet).
    const sinkRooms = new Set<RoomInfo>(toiletRooms);
    for (const b of bathrooms) for (const n of neighbours(b)) if (n.isChildCare) sinkRooms.add(n);
    const unit = toiletRooms.filter(inInfantUnit);
    const rest = toiletRooms.filter((r) => !inInfantUnit(r));
    const infantUnit = tally(unit, [...sinkRooms].filter(inInfantUnit));
    const general = tally(rest, [...sinkRooms].filter((r) => !inInfantUnit(r)));
    return {
      infantUnit,
      general,
      children: infantUnit.sets * INFANT_UNIT_CHILDREN_PER_FIXTURE + general.sets * CHILDREN_PER_FIXTURE,
      withoutToilet: bathrooms.filter((b) => countOf(b, 'toilet') === 0),
      bathrooms,
    };
  });
}
