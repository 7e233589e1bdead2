/** Rooms of one level never overlap (plan-format.md); the editor refuses a drawing that would. */
import { ringBBox, bboxesOverlap } from '../../geometry/bbox.ts';
import { intersection, ringToMultiPolygon } from '../../geometry/boolean.ts';
import { multiPolygonArea } from '../../geometry/area.ts';
import type { Ring } from '../../geometry/types.ts';
import type { Level } from '../../model/schema.ts';

/** Shared floor of at least this many square inches is an overlap; touching along a wall is not. */
const OVERLAP_SQ_IN = 1;

/** The first room of the level (other than `ignore`) that shares floor with `ring`. */
export function overlappingRoom(level: Level, ring: Ring, ignore: ReadonlySet<string> = new Set()): string | null {
  const box = ringBBox(ring);
  for (const room of level.rooms) {
    if (ignore.has(room.id)) continue;
    const other = ringBBox(room.polygon);
    if (!bboxesOverlap(box, other)) continue;
    if (box.maxX - other.minX < 0.5 || other.maxX - box.minX < 0.5 || box.maxY - other.minY < 0.5 || other.maxY - box.minY < 0.5) continue;
    try {
      if (multiPolygonArea(intersection(ringToMultiPolygon(ring), ringToMultiPolygon(room.polygon))) >= OVERLAP_SQ_IN) return room.name || room.id;
    } catch {
      return room.name || room.id;
    }
  }
  return null;
}
