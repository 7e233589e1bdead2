/**
 * Resizing a door or window on the plan: with one selected, each end (a jamb) has a handle; dragging it moves that
 * end along the wall while the other stays put. The end stops clear of the corner and at least MIN_OPENING from the
 * other end, so the opening stays whole on its wall; the room across is found again for the new width.
 */
import type { Point } from '../../geometry/types.ts';
import type { Door, Window } from '../../model/schema.ts';
import { CORNER_CLEARANCE, edgeOf, hostEdge, hostRoom, type OpeningKind } from '../geom/openingOnWall.ts';
import { otherSide } from '../geom/walls.ts';
import type { DocCommand } from '../model/commands.ts';
import { selectedInScene } from '../geom/scene.ts';
import { HANDLE_PIXELS } from './selectCorners.ts';
import type { ToolContext } from './types.ts';

/** The narrowest opening a jamb drag leaves (a door under 12" is a mistake, not a door). */
export const MIN_OPENING = 12;

export interface JambRef {
  readonly kind: OpeningKind;
  readonly id: string;
  readonly end: 'a' | 'b';
}

function selectedOpening(ctx: ToolContext): { kind: OpeningKind; o: Door | Window } | null {
  const refs = selectedInScene(ctx);
  const ref = refs.length === 1 ? refs[0]! : null;
  if (!ref || (ref.kind !== 'door' && ref.kind !== 'window')) return null;
  const o = ref.kind === 'door' ? ctx.level.doors.find((d) => d.id === ref.id) : ctx.level.windows.find((w) => w.id === ref.id);
  return o ? { kind: ref.kind, o } : null;
}

/** The end of the one selected door or window under the pointer, if any. */
export function jambUnder(ctx: ToolContext, p: Point): JambRef | null {
  const sel = selectedOpening(ctx);
  if (!sel) return null;
  for (const end of ['a', 'b'] as const) {
    const q = sel.o[end];
    if (Math.hypot(q[0] - p[0], q[1] - p[1]) * ctx.scale <= HANDLE_PIXELS) return { kind: sel.kind, id: sel.o.id, end };
  }
  return null;
}

const round = (n: number) => Math.round(n * 1000) / 1000 + 0;

/** The update that puts end `jamb.end` where the pointer is along the wall (from the plan the gesture began on). */
export function jambCommand(ctx: ToolContext, jamb: JambRef, pointer: Point, step: number): DocCommand | null {
  const level = ctx.base.levels.find((l) => l.id === ctx.level.id)!;
  const o = jamb.kind === 'door' ? level.doors.find((d) => d.id === jamb.id) : level.windows.find((w) => w.id === jamb.id);
  const room = o && hostRoom(level, jamb.kind, o);
  if (!o || !room) return null;
  const [s, e] = edgeOf(room.polygon, hostEdge(room.polygon, o.a, o.b));
  const len = Math.hypot(e[0] - s[0], e[1] - s[1]);
  const dir: Point = [(e[0] - s[0]) / len, (e[1] - s[1]) / len];
  const along = (p: Point) => (p[0] - s[0]) * dir[0] + (p[1] - s[1]) * dir[1];
  const fixed = jamb.end === 'a' ? o.b : o.a;
  const tFixed = along(fixed);
  let t = along(pointer);
  if (step > 0) t = tFixed + Math.round((t - tFixed) / step) * step;
  // The moving end stays on its side of the fixed one, at least MIN_OPENING from it, and clear of the corner.
  const tMoving = along(o[jamb.end]);
  const clearance = Math.min(CORNER_CLEARANCE, Math.max(0, tMoving), Math.max(0, len - tMoving));
  t = tMoving >= tFixed ? Math.min(len - clearance, Math.max(tFixed + MIN_OPENING, t)) : Math.max(clearance, Math.min(tFixed - MIN_OPENING, t));
  const at: [number, number] = [round(s[0] + dir[0] * t), round(s[1] + dir[1] * t)];
  const a = jamb.end === 'a' ? at : o.a;
  const b = jamb.end === 'b' ? at : o.b;
  if (jamb.kind === 'window') return { op: 'update', ref: { kind: 'window', id: o.id }, patch: { [jamb.end]: at } };
  const d = o as Door;
  const other = otherSide(level, room, a, b);
  const swing = d.swing === 'none' || d.swing === d.rooms[0] ? d.swing : other;
  return { op: 'update', ref: { kind: 'door', id: d.id }, patch: { [jamb.end]: at, rooms: [d.rooms[0], other], swing } };
}
