/**
 * A door as a passage through the wall: its clear opening on the face of the room that holds the jambs, the
 * same opening carried across the wall to the other room's face, and the centre of the doorway where travel
 * distance ends (checks.md, "Travel distance ... ending at the centre of the doorway").
 */
import { distancePointToRing, pointInRing } from '../../geometry/index.ts';
import type { Point, Ring } from '../../geometry/types.ts';
import type { DoorInfo } from '../facility.ts';

export interface Passage {
  readonly door: DoorInfo;
  /** Jambs on the face of door.from. */
  readonly a: Point;
  readonly b: Point;
  /** The jambs carried across the wall to the face of door.to (equal to a, b for a wall of no thickness or outside). */
  readonly a2: Point;
  readonly b2: Point;
  /** Unit normal from door.from into the wall. */
  readonly normal: Point;
  readonly depth: number;
  readonly centre: Point;
  /** The passage rectangle across the wall, or null when the wall has no thickness. */
  readonly polygon: Ring | null;
}

export function passageOf(door: DoorInfo): Passage {
  const { a, b } = door.door;
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  let normal: Point = [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
  // The normal must point out of the room holding the jambs, into the wall.
  const probe: Point = [mid[0] + normal[0] * 0.5, mid[1] + normal[1] * 0.5];
  if (pointInRing(probe, door.from.room.polygon) === 'inside') normal = [-normal[0], -normal[1]];
  const depth = door.to ? Math.min(distancePointToRing(mid, door.to.room.polygon), 30) : 0;
  const shift = (p: Point): Point => [p[0] + normal[0] * depth, p[1] + normal[1] * depth];
  const a2 = shift(a);
  const b2 = shift(b);
  return {
    door,
    a,
    b,
    a2,
    b2,
    normal,
    depth,
    centre: [mid[0] + (normal[0] * depth) / 2, mid[1] + (normal[1] * depth) / 2],
    polygon: depth > 0.01 ? [a, b, b2, a2] : null,
  };
}
