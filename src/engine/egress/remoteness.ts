/**
 * Remoteness, 500.087(1)(P): two exits (or exit access doors) are remote when the straight distance between the
 * nearest edges of their openings is at least half the maximum overall diagonal of the building or area served —
 * the diameter of its convex hull. Missouri gives no sprinkler reduction: always one half.
 */
import { diameter } from '../../geometry/index.ts';
import { closestBetweenSegments } from '../../geometry/clearance.ts';
import type { Point } from '../../geometry/types.ts';
import type { DoorInfo, RoomInfo } from '../facility.ts';

export interface Remoteness {
  readonly doors: readonly [DoorInfo, DoorInfo];
  /** Inches between the nearest edges of the two openings. */
  readonly separation: number;
  readonly separationSegment: readonly [Point, Point];
  /** Inches: the maximum overall diagonal of the area served. */
  readonly diagonal: number;
  readonly diagonalSegment: readonly [Point, Point];
}

/** The most separated pair of the doors, against half the diagonal of the rooms they serve; null with under two. */
export function bestRemotePair(doors: readonly DoorInfo[], served: readonly RoomInfo[]): Remoteness | null {
  if (doors.length < 2) return null;
  const d = diameter(served.flatMap((r) => r.room.polygon));
  if (!d) return null;
  let best: Remoteness | null = null;
  for (let i = 0; i < doors.length; i++) {
    for (let j = i + 1; j < doors.length; j++) {
      const u = doors[i]!.door;
      const v = doors[j]!.door;
      const c = closestBetweenSegments(u.a, u.b, v.a, v.b);
      if (!best || c.distance > best.separation) {
        best = { doors: [doors[i]!, doors[j]!], separation: c.distance, separationSegment: [c.p, c.q], diagonal: d.length, diagonalSegment: [d.a, d.b] };
      }
    }
  }
  return best;
}
