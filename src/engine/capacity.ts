/**
 * Licensed capacity: the least of every limit the plan can show — space (500.082(2)(B)), toilets and sinks
 * (082(3)), outdoor play area (082(6)(A)2) and, for a group home, 20 children (500.010(11)) — with the binding
 * limit named and a sentence on what would raise it.
 */
import type { SquareFeet } from '../model/quantities.ts';
import { bathroomFixtures, CHILDREN_PER_FIXTURE } from './bathroomFixtures.ts';
import { infantToddlerRule } from './careAges.ts';
import { memoize, type Facility } from './facility.ts';
import { playAreaCapacity, SHARE_OUTSIDE_AT_ONCE, SQ_FT_PER_CHILD_OUTSIDE, MIN_PLAY_AREA } from './playArea.ts';
import { childCareSpaces, type RoomSpace } from './roomSpace.ts';
import { groupedNumber } from '../model/numbers.ts';

export const GROUP_HOME_MAX = 20;
/** 082(2)(B)2.A: the small-facility infant rule is for centers licensed for at most 20 children. */
export const SMALL_CENTER_MAX = 20;

export interface SpaceTotal {
  readonly rooms: readonly RoomSpace[];
  readonly usableSqFt: SquareFeet;
  /** Children this space holds, rounded down once over the facility (space.preschool: "as the rule speaks of the facility"). */
  readonly children: number;
}

export interface LimitLine {
  readonly id: string;
  readonly children: number;
  readonly basis: string;
}

export interface CapacityModel {
  readonly preschool: SpaceTotal | null;
  readonly infantToddler: SpaceTotal | null;
  readonly limits: readonly LimitLine[];
  readonly licensed: number;
  readonly binding: string | null;
  readonly raise: string | null;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const fmt = (n: number) => groupedNumber(n, 0, 1);
const EPS = 1e-9;

/**
 * Children a group of rooms holds, rounded down once. `cap` (082(2)(B)2.A: at most 4 infants/toddlers) limits the
 * infant/toddler rooms only: two-year-olds are not infants or toddlers (500.010).
 */
function total(rooms: readonly RoomSpace[], cap: number | null): SpaceTotal | null {
  if (rooms.length === 0) return null;
  const usableSqFt = rooms.reduce((s, r) => s + r.usableSqFt, 0);
  const sum = (list: readonly RoomSpace[]) => list.reduce((s, r) => s + r.children, 0);
  const infants = rooms.filter((r) => r.room.servesInfantsOrToddlers);
  const others = rooms.filter((r) => !r.room.servesInfantsOrToddlers);
  const children = cap === null ? Math.floor(sum(rooms) + EPS) : Math.min(Math.floor(sum(infants) + EPS), cap) + Math.floor(sum(others) + EPS);
  return { rooms, usableSqFt, children };
}

function spaceBasis(label: string, t: SpaceTotal): string {
  const per = [...new Set(t.rooms.map((r) => r.rule.perChild))].join(' or ');
  const capped = t.rooms.filter((r) => r.cap);
  const caps = capped.length ? `; capped in ${capped.map((r) => `${r.room.room.name} (${r.cap!.children})`).join(', ')}` : '';
  return `${fmt(t.usableSqFt)} sq ft of usable ${label} space at ${per} sq ft per child = ${t.children}${caps}`;
}

export function capacityModel(facility: Facility): CapacityModel {
  return memoize(facility, 'capacity', () => {
    const spaces = childCareSpaces(facility);
    const itRule = infantToddlerRule(facility);
    const preschool = total(spaces.filter((s) => s.group === 'preschool'), null);
    const infantToddler = total(spaces.filter((s) => s.group === 'infant-toddler'), itRule.infantToddlerCap);
    const limits: LimitLine[] = [];

    if (preschool && infantToddler) {
      limits.push({
        id: 'space.usable',
        children: preschool.children + infantToddler.children,
        basis: `${preschool.children} preschool/school-age (${spaceBasis('preschool', preschool)}) + ${infantToddler.children} infant/toddler (${spaceBasis('infant/toddler', infantToddler)})`,
      });
    } else if (preschool) {
      limits.push({ id: 'space.preschool', children: preschool.children, basis: spaceBasis('preschool', preschool) });
    } else if (infantToddler) {
      const cap = itRule.infantToddlerCap !== null && infantToddler.children === itRule.infantToddlerCap ? ` (at most ${itRule.infantToddlerCap} infants/toddlers: ${itRule.why})` : '';
      limits.push({ id: 'space.infant-toddler', children: infantToddler.children, basis: spaceBasis('infant/toddler', infantToddler) + cap });
    } else {
      limits.push({ id: 'space.usable', children: 0, basis: 'no room is marked for child care' });
    }

    const bath = bathroomFixtures(facility);
    const unit = bath.infantUnit.sets ? `${bath.infantUnit.sets} in the infant/toddler unit at 24 children each, ` : '';
    limits.push({
      id: 'bath.toilets',
      children: bath.children,
      basis: `${unit}${bath.general.sets} toilet and adjacent sink set${bath.general.sets === 1 ? '' : 's'} at 20 children each (${count(bath.general.toilets + bath.infantUnit.toilets, 'toilet')}, ${count(bath.general.urinals + bath.infantUnit.urinals, 'urinal')}, ${count(bath.general.sinks + bath.infantUnit.sinks, 'sink')})`,
    });

    const outdoor = playAreaCapacity(facility);
    if (outdoor) {
      limits.push({
        id: 'outdoor.area',
        children: outdoor.children,
        basis: outdoor.children === 0
          ? `${fmt(outdoor.areaSqFt)} sq ft of play area is under the 750 sq ft minimum`
          : `${fmt(outdoor.areaSqFt)} sq ft of play area holds ${outdoor.atOnce} children at 75 sq ft each, a third of ${outdoor.children}`,
      });
    }
    if (facility.plan.facility.kind === 'center' && itRule.size === 'small' && infantToddler?.rooms.some((r) => r.room.servesInfantsOrToddlers)) {
      limits.push({ id: 'capacity.small-center', children: SMALL_CENTER_MAX, basis: `a center under 082(2)(B)2.A (${itRule.why}) is licensed for at most 20 children` });
    }
    if (facility.plan.facility.kind === 'group-home') {
      limits.push({ id: 'capacity.group-home', children: GROUP_HOME_MAX, basis: 'a group child care home cares for at most 20 children (5 CSR 25-500.010(11))' });
    }

    let binding: LimitLine | null = null;
    for (const l of limits) if (!binding || l.children < binding.children) binding = l;
    const licensed = binding ? binding.children : 0;
    return { preschool, infantToddler, limits, licensed, binding: binding?.id ?? null, raise: binding ? raiseSentence(binding, limits, { preschool, infantToddler, infantToddlerCap: itRule.infantToddlerCap }) : null };
  });
}

/** What would let one more child in — or, where another limit ties, that it would not be enough alone. */
function raiseSentence(binding: LimitLine, limits: readonly LimitLine[], space: Pick<CapacityModel, 'preschool' | 'infantToddler'> & { infantToddlerCap: number | null }): string {
  const others = limits.filter((l) => l !== binding);
  const ceiling = Math.min(...others.map((l) => l.children), Infinity);
  const tied = others.filter((l) => l.children === binding.children).map((l) => l.id);
  const also = tied.length ? `; ${tied.join(' and ')} would still hold it at ${binding.children}` : '';
  const allow = (n: number) => Math.min(n, ceiling);
  switch (binding.id) {
    case 'bath.toilets':
      return `One more toilet and adjacent sink would allow ${allow(binding.children + CHILDREN_PER_FIXTURE)}${also}.`;
    case 'outdoor.area': {
      const next = binding.children === 0 ? MIN_PLAY_AREA : (binding.children / SHARE_OUTSIDE_AT_ONCE + 1) * SQ_FT_PER_CHILD_OUTSIDE;
      return `A fenced play area of ${fmt(next)} sq ft would allow ${allow(binding.children === 0 ? 30 : binding.children + SHARE_OUTSIDE_AT_ONCE)}${also}.`;
    }
    case 'capacity.group-home':
      return 'A group home is licensed for at most 20 children; more needs a child care center licence.';
    case 'capacity.small-center':
      return 'A center with at most 4 infants/toddlers under 082(2)(B)2.A is licensed for at most 20; above that the 45 sq ft infant/toddler rule of 2.B applies.';
    default: {
      const options: string[] = [];
      for (const [label, t] of [['preschool', space.preschool], ['infant/toddler', space.infantToddler]] as const) {
        if (!t || t.rooms.length === 0) continue;
        const atCap = label === 'infant/toddler' && space.infantToddlerCap !== null && t.children >= space.infantToddlerCap;
        const open = t.rooms.filter((r) => !r.cap && !(atCap && r.room.servesInfantsOrToddlers));
        if (open.length === 0) continue;
        const per = Math.min(...open.map((r) => r.rule.perChild));
        const needed = (t.children + 1) * per - open.filter((r) => r.rule.perChild === per).reduce((s, r) => s + r.usableSqFt, 0) - t.rooms.filter((r) => r.rule.perChild !== per || r.cap).reduce((s, r) => s + r.children * per, 0);
        options.push(`${fmt(Math.max(needed, 0.1))} sq ft more usable ${label} space`);
      }
      if (options.length === 0) {
        if (!space.preschool && !space.infantToddler) return 'Mark the rooms used for child care (use "child-care", with the ages they serve).';
        return `Every child-care room is at its group or room limit; a 4 ft partition for another group, or another room, would allow more${also}.`;
      }
      return `${options.join(' or ')} would allow ${allow(binding.children + 1)}${also}.`;
    }
  }
}
