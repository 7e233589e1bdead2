/**
 * Usable floor space, 500.082(2)(B)1.B-D: measured wall to wall from the inside faces, less the floor under
 * furniture and shelving the children do not use and under sleeping equipment left in place for napping.
 * Overlapping footprints are deducted once (union), and only the part inside the room counts.
 */
import { convexInsideRing, convexOverlap } from '../geometry/convexOverlap.ts';
import { difference, intersection, multiPolygonArea, pointInRing, ringArea, union } from '../geometry/index.ts';
import type { MultiPolygon, Ring } from '../geometry/types.ts';
import { isPermanentSleeping, usedByChildren } from '../model/defaults.ts';
import type { SquareInches } from '../model/quantities.ts';
import type { ItemType } from '../model/schema.ts';
import { isSleepingItem, type ItemInfo, type RoomInfo } from './facility.ts';

/** Adult furniture and appliances: deducted unless marked as used by the children. */
const ADULT_FIXTURES: ReadonlySet<ItemType> = new Set(['diaper-table', 'range', 'furnace', 'water-heater', 'dryer']);
const FURNITURE: ReadonlySet<ItemType> = new Set(['shelving', 'table', 'furniture', 'indoor-climber', 'partition']);

export interface UsableArea {
  readonly usable: SquareInches;
  /** Floor taken by deducted items, counted once where they overlap. */
  readonly deducted: SquareInches;
  readonly deductedItems: readonly ItemInfo[];
  /** Whether napping equipment was deducted (not under the 45 sq ft infant/toddler rule, 082(2)(B)2.B.(I)). */
  readonly nappingDeducted: boolean;
}

export function isDeducted(info: ItemInfo, deductNapping: boolean): boolean {
  const { item } = info;
  if (!info.footprint) return false;
  if (isSleepingItem(item)) return deductNapping && isPermanentSleeping(item);
  if (FURNITURE.has(item.type)) return !usedByChildren(item);
  if (ADULT_FIXTURES.has(item.type)) return item.usedByChildren !== true;
  return false;
}

export function usableArea(room: RoomInfo, deductNapping: boolean): UsableArea {
  if (!room.isChildCare) return { usable: 0, deducted: 0, deductedItems: [], nappingDeducted: deductNapping };
  const deductedItems = room.items.filter((i) => isDeducted(i, deductNapping));
  const footprints = deductedItems.map((i) => i.footprint!);
  const deducted = deductedFloor(room.room.polygon, footprints);
  return { usable: Math.max(0, room.area - deducted), deducted, deductedItems, nappingDeducted: deductNapping };
}

/**
 * Fast path first: footprints wholly inside the room and apart from each other add up exactly. Only a room where
 * furniture overlaps or crosses a wall pays for the boolean union and clip.
 */
function deductedFloor(roomRing: Ring, footprints: readonly Ring[]): SquareInches {
  if (footprints.length === 0) return 0;
  const inside = (p: readonly [number, number]) => pointInRing(p, roomRing) !== 'outside';
  const simple =
    footprints.every((f) => convexInsideRing(f, roomRing, inside)) &&
    footprints.every((f, i) => footprints.every((g, j) => j <= i || !convexOverlap(f, g)));
  if (simple) return footprints.reduce((sum, f) => sum + ringArea(f), 0);
  const covered: MultiPolygon = union(...footprints.map((f): MultiPolygon => [[f]]));
  return multiPolygonArea(intersection(covered, [[roomRing]]));
}

/** The room's floor left after deductions, as polygons, for drawing usable space on the plan. */
export function usableFloor(room: RoomInfo, deductNapping: boolean): MultiPolygon {
  const footprints = room.items.filter((i) => isDeducted(i, deductNapping)).map((i): MultiPolygon => [[i.footprint!]]);
  return footprints.length ? difference([[room.room.polygon]], union(...footprints)) : [[room.room.polygon]];
}
