/**
 * Moving the selection by an offset (a drag, an arrow key): rooms, items and site objects are translated; a door or
 * window whose room is not moving with it slides along its wall instead, since it cannot leave it. When the move is
 * final, the doors touching moved rooms find the room across their wall again, and an overlap is reported.
 */
import type { Point } from '../../geometry/types.ts';
import type { Plan } from '../../model/schema.ts';
import { reresolveDoors } from '../geom/attached.ts';
import { overlappingRoom } from '../geom/overlap.ts';
import { slideOpening, type SlideOptions } from '../geom/slideOpening.ts';
import { applyCommands, type DocCommand } from '../model/commands.ts';
import { isSiteKind, type ObjectRef } from '../model/refs.ts';

export interface Moved {
  readonly commands: DocCommand[];
  /** The room a moved room would overlap (only worked out for a final move). */
  readonly overlap: string | null;
}

/**
 * `offset`: how far what is translated moves (snapped); `pointer`: how far the pointer moved, which the sliding
 * openings follow along their walls (they snap along the wall themselves).
 */
export function moveCommands(base: Plan, levelId: string, moving: readonly ObjectRef[], offset: Point, pointer: Point, slide: SlideOptions, final: boolean): Moved {
  // The site has no overlap rule and no doors: its objects just move.
  if (moving.every((r) => isSiteKind(r.kind))) return { commands: [{ op: 'translate', refs: moving, dx: offset[0], dy: offset[1] }], overlap: null };
  const level = base.levels.find((l) => l.id === levelId)!;
  const movedRooms = new Set(moving.filter((r) => r.kind === 'room').map((r) => r.id));
  const translated: ObjectRef[] = [];
  const commands: DocCommand[] = [];
  for (const ref of moving) {
    if (ref.kind === 'door' || ref.kind === 'window') {
      const o = ref.kind === 'door' ? level.doors.find((d) => d.id === ref.id) : level.windows.find((w) => w.id === ref.id);
      const host = o && ('room' in o ? o.room : o.rooms[0]);
      if (o && host && !movedRooms.has(host)) {
        const c = slideOpening(level, ref.kind, o, pointer[0], pointer[1], slide);
        if (c) commands.push(c);
        continue;
      }
    }
    translated.push(ref);
  }
  if (translated.length) commands.unshift({ op: 'translate', refs: translated, dx: offset[0], dy: offset[1] });
  if (!final || movedRooms.size === 0) return { commands, overlap: null };
  const after = applyCommands(base, commands);
  const afterLevel = after.levels.find((l) => l.id === levelId)!;
  let overlap: string | null = null;
  for (const room of afterLevel.rooms) {
    if (!movedRooms.has(room.id)) continue;
    overlap = overlappingRoom(afterLevel, room.polygon, movedRooms);
    if (overlap) break;
  }
  return { commands: [...commands, ...reresolveDoors(after, levelId, movedRooms)], overlap };
}
