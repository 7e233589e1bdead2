/** Adding a drawn outline as a room: refused, with a sentence, when it crosses itself or overlaps a room. */
import { checkPolygon } from '../../model/geometryRules.ts';
import type { Point } from '../../geometry/types.ts';
import type { Room } from '../../model/schema.ts';
import { overlappingRoom } from '../geom/overlap.ts';
import { freshId } from '../model/ids.ts';
import { refKey } from '../model/refs.ts';
import type { Effect, ToolContext } from './types.ts';

export function roomName(ctx: ToolContext): string {
  const names = new Set(ctx.plan.levels.flatMap((l) => l.rooms.map((r) => r.name)));
  let n = ctx.level.rooms.length + 1;
  while (names.has(`Room ${n}`)) n++;
  return `Room ${n}`;
}

/** Effects that add the room and select it, or a notice saying why not. */
export function createRoom(polygon: readonly Point[], ctx: ToolContext): { ok: boolean; effects: Effect[] } {
  const problems = checkPolygon(polygon, 'polygon', 'the outline');
  if (problems.length > 0) return { ok: false, effects: [{ type: 'notice', message: `Not drawn: ${problems[0]!.message}.` }] };
  const overlap = overlappingRoom(ctx.level, polygon);
  if (overlap) return { ok: false, effects: [{ type: 'notice', message: `Not drawn: it would overlap ${overlap}; rooms of a level may touch but not overlap.` }] };
  const room: Room = { id: freshId(ctx.plan, 'room'), name: roomName(ctx), use: 'child-care', polygon: polygon.map((p) => [p[0], p[1]]) };
  return {
    ok: true,
    effects: [
      { type: 'commit', commands: [{ op: 'add', level: ctx.level.id, kind: 'room', value: room }] },
      { type: 'select', keys: [refKey({ kind: 'room', id: room.id })] },
      { type: 'notice', message: `Added ${room.name}. Name it and set its use in the panel on the right.` },
    ],
  };
}
