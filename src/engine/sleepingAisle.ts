/**
 * The 2 ft aisle beside sleeping equipment, 500.092(1)(B)1.D: a strip 24" deep along a long side, as long as that
 * side, inside the room and clear of other equipment and furniture.
 */
import { convexInsideRing, convexOverlap } from '../geometry/convexOverlap.ts';
import { pointInRing, rectangle } from '../geometry/index.ts';
import type { Point, Ring } from '../geometry/types.ts';
import { itemSize } from '../model/defaults.ts';
import type { Inches } from '../model/quantities.ts';
import type { ItemInfo } from './facility.ts';

export const SLEEP_AISLE: Inches = 24;

export interface AisleSide {
  readonly strip: Ring;
  /** What blocks it: 'wall', or the id of the item in the way; null when clear. */
  readonly blockedBy: string | null;
}

/** The two long-side strips of a sleeping item, each with what blocks it. */
export function sleepingAisles(info: ItemInfo): AisleSide[] {
  const { item, room } = info;
  const size = itemSize(item);
  if (!size) return [];
  const [w, d] = size;
  const theta = ((item.rotation ?? 0) * Math.PI) / 180;
  const along = w >= d; // long sides run along the local x axis
  const offset = (along ? d : w) / 2 + SLEEP_AISLE / 2;
  const stripSize: [number, number] = along ? [w, SLEEP_AISLE] : [SLEEP_AISLE, d];
  const inside = (p: Point) => pointInRing(p, room.room.polygon) !== 'outside';
  return [-1, 1].map((sign) => {
    const lx = along ? 0 : sign * offset;
    const ly = along ? sign * offset : 0;
    const centre: Point = [item.at[0] + lx * Math.cos(theta) - ly * Math.sin(theta), item.at[1] + lx * Math.sin(theta) + ly * Math.cos(theta)];
    const strip = rectangle(centre, stripSize, item.rotation ?? 0);
    // A twentieth of an inch forgives rounding, not a narrower aisle.
    if (!convexInsideRing(strip, room.room.polygon, inside, 0.05)) return { strip, blockedBy: 'wall' };
    const other = room.items.find((o) => o !== info && o.footprint && convexOverlap(strip, o.footprint, 0.05));
    return { strip, blockedBy: other ? other.item.id : null };
  });
}
