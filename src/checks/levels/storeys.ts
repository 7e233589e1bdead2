/**
 * Which storey a level is, counted from the level of exit discharge (elevation 0): +1 the second floor, +2 the
 * third, −1 the first basement, −2 the one below it. 500.087(1)(L): a floor counts as another level only when more
 * than five steps separate it — read as more than 35" (five risers of the 7" maximum of (5)(A)1) from the floor
 * next to it, so a split-level a few steps up or down stays on its neighbour's storey.
 */
import type { Facility, RoomInfo } from '../../engine/facility.ts';
import { memoize } from '../../engine/facility.ts';
import type { Level } from '../../model/schema.ts';

/** Five steps of 7" (087(1)(L), (5)(A)1). */
export const SAME_LEVEL_RISE = 35;

export function storeyOf(facility: Facility, level: Level): number {
  const storeys = memoize(facility, 'fire:storeys', () => {
    const out = new Map<string, number>();
    for (const sign of [1, -1]) {
      const levels = facility.plan.levels.filter((l) => l.elevation * sign > 0).sort((a, b) => Math.abs(a.elevation) - Math.abs(b.elevation));
      let previous = 0;
      let storey = 0;
      for (const l of levels) {
        const rise = Math.abs(l.elevation);
        if (rise - previous > SAME_LEVEL_RISE) storey++;
        previous = rise;
        out.set(l.id, storey * sign);
      }
    }
    return out;
  });
  return storeys.get(level.id) ?? 0;
}

export const storeyName = (storey: number): string => {
  if (storey === 0) return 'the level of exit discharge';
  const n = Math.abs(storey);
  if (storey < 0) return `the ${ordinal(n)} level below ground`;
  return `the ${ordinal(n + 1)} floor`;
};

function ordinal(n: number): string {
  const words = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
  if (n < words.length) return words[n]!;
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

/** Levels with at least one child-care room, with those rooms, in plan order. */
export function levelsUsedByChildren(facility: Facility): { level: Level; rooms: RoomInfo[] }[] {
  return facility.plan.levels
    .map((level) => ({ level, rooms: facility.rooms.filter((r) => r.level.id === level.id && r.isChildCare) }))
    .filter((l) => l.rooms.length > 0);
}
