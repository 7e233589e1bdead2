/**
 * The level plan under an evacuation poster (087(2)(E), 090(2)(B)2), drawn once per level and placement and reused
 * by every poster of the level. All posters of a level draw it at the same scale and place (the sheet is laid out
 * from the level's extent alone), and they differ only in their own room: its fill is the highlight, and its label
 * is left to the poster's YOU ARE HERE. A 200-room level was drawn 200 times over; now it is drawn once and each
 * poster takes a copy with those two changes — the very primitives drawLevel would give it.
 */
import type { Facility, RoomInfo } from '../../engine/facility.ts';
import type { Level } from '../../model/schema.ts';
import type { RoomRow } from '../types.ts';
import { drawLevel, type LevelMarks, type Placement } from './planDrawing.ts';
import { shareRun } from './sharedRuns.ts';
import { Sheet, YELLOW } from './sheet.ts';
import type { Primitive } from './types.ts';

interface Drawn {
  readonly primitives: readonly Primitive[];
  readonly marks: LevelMarks;
}

/** Per facility and report rows; then by level and placement. */
const cache = new WeakMap<Facility, WeakMap<ReadonlyMap<string, RoomRow>, Map<Level, Map<string, Drawn>>>>();

function drawnLevel(facility: Facility, level: Level, pl: Placement, rooms: ReadonlyMap<string, RoomRow>, size: readonly [number, number]): Drawn {
  const byRows = cache.get(facility) ?? cache.set(facility, new WeakMap()).get(facility)!;
  const byLevel = byRows.get(rooms) ?? byRows.set(rooms, new Map()).get(rooms)!;
  const byPlacement = byLevel.get(level) ?? byLevel.set(level, new Map()).get(level)!;
  const key = `${pl.origin[0]} ${pl.origin[1]} ${pl.k}`;
  const known = byPlacement.get(key);
  if (known) return known;
  const sheet = new Sheet(size[0], size[1]);
  const marks: LevelMarks = { fills: new Map(), labels: new Map() };
  drawLevel(sheet, facility, level, pl, { rooms, labels: 'name' }, marks);
  const drawn = { primitives: sheet.primitives, marks };
  // Posters take these very objects, so the PDF can write the plan once (sharedRuns.ts).
  shareRun(drawn.primitives);
  byPlacement.set(key, drawn);
  return drawn;
}

/** Draws the level as drawLevel(…, { rooms, labels: 'name', highlight: room }) would. */
export function drawPosterLevel(sheet: Sheet, facility: Facility, level: Level, pl: Placement, rooms: ReadonlyMap<string, RoomRow>, room: RoomInfo): void {
  const { primitives, marks } = drawnLevel(facility, level, pl, rooms, [sheet.width, sheet.height]);
  const fill = marks.fills.get(room);
  const [skipFrom, skipTo] = marks.labels.get(room) ?? [-1, -1];
  for (let i = 0; i < primitives.length; i++) {
    if (i === skipFrom) i = skipTo;
    if (i >= primitives.length) break;
    const p = primitives[i]!;
    sheet.primitives.push(i === fill && p.kind === 'polygon' ? { ...p, fill: YELLOW } : p);
  }
}
