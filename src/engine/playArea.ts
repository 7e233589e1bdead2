/**
 * Outdoor play area, 500.082(6)(A)2: 75 sq ft per child outside at one time, room for a third of the licensed
 * capacity at once, and never less than 750 sq ft.
 */
import { multiPolygonArea, union } from '../geometry/index.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import { toSquareFeet, type SquareFeet } from '../model/quantities.ts';
import { memoize, type Facility } from './facility.ts';

export const SQ_FT_PER_CHILD_OUTSIDE: SquareFeet = 75;
export const MIN_PLAY_AREA: SquareFeet = 750;
/** A third of the licensed capacity must fit outside at one time. */
export const SHARE_OUTSIDE_AT_ONCE = 3;

export interface PlayAreaCapacity {
  readonly areaSqFt: SquareFeet;
  /** Children outside at one time. */
  readonly atOnce: number;
  /** Licensed capacity the play area supports: three times those outside at once, 0 under 750 sq ft. */
  readonly children: number;
}

export function playAreaCapacity(facility: Facility): PlayAreaCapacity | null {
  return memoize(facility, 'playAreaCapacity', () => {
    // 082(6)(A)1-2: a fenced play area; an area used only by school-age children needs no fence.
    const areas = (facility.plan.site?.playAreas ?? []).filter((a) => a.fenceHeight > 0 || a.schoolAgeOnly);
    if (areas.length === 0) return null;
    // Overlapping drawn areas are counted once.
    const merged = union(...areas.map((a): MultiPolygon => [[a.polygon]]));
    const areaSqFt = toSquareFeet(multiPolygonArea(merged));
    const atOnce = Math.floor(areaSqFt / SQ_FT_PER_CHILD_OUTSIDE + 1e-9);
    return { areaSqFt, atOnce, children: areaSqFt + 1e-9 >= MIN_PLAY_AREA ? atOnce * SHARE_OUTSIDE_AT_ONCE : 0 };
  });
}
