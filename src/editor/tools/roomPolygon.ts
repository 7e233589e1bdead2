/**
 * Room polygon (P): click the corners; type a length and Enter to put the next corner that far along the pointer's
 * direction (15° steps), or a length and an angle (`12' @ 90`: 0° right, 90° up) for an exact wall; Enter, a
 * double-click or a click on the first corner closes it. Backspace takes back a corner. Each wall's length is shown
 * as it is drawn, and the one following the pointer with its angle.
 */
import type { Point } from '../../geometry/types.ts';
import { formatLength } from '../../model/units.ts';
import { snapAngle, snapPoint, type Snapped } from '../geom/snap.ts';
import { createRoom } from './createRoom.ts';
import { bearing, edgeDimensions } from './dimensions.ts';
import { NO_OVERLAY, type Overlay } from './overlay.ts';
import { parseLengthAngle, typeKey } from './typing.ts';
import { same, type PointerInput, type Tool, type ToolContext, type ToolResult } from './types.ts';

export type RoomPolygonState =
  | { readonly name: 'idle'; readonly hover: Snapped | null; readonly typed: string }
  | { readonly name: 'drawing'; readonly points: readonly Point[]; readonly cursor: Snapped; readonly typed: string };

const IDLE: RoomPolygonState = { name: 'idle', hover: null, typed: '' };
const CLOSE_PIXELS = 8;

const samePoint = (a: Point, b: Point) => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;

function snapFor(s: RoomPolygonState, e: PointerInput, ctx: ToolContext): Snapped {
  const anchor = s.name === 'drawing' ? s.points[s.points.length - 1]! : null;
  return snapPoint(e.point, { level: ctx.level, scale: ctx.scale, disabled: e.alt, anchor, wall: ctx.wall });
}

function close(points: readonly Point[], ctx: ToolContext, s: RoomPolygonState): ToolResult<RoomPolygonState> {
  const ring = points.filter((p, i) => i === 0 || !samePoint(p, points[i - 1]!));
  while (ring.length > 1 && samePoint(ring[0]!, ring[ring.length - 1]!)) ring.pop();
  if (ring.length < 3) return { state: s, effects: [{ type: 'notice', message: 'A room needs at least 3 corners.' }] };
  const made = createRoom(ring, ctx);
  return made.ok ? { state: IDLE, effects: [...made.effects, { type: 'setTool', tool: 'select' }] } : { state: s, effects: made.effects };
}

export const roomPolygonTool: Tool<RoomPolygonState> = {
  id: 'room-polygon',
  label: 'Polygon room',
  shortcut: 'P',
  description: "Draw a room of any shape: click its corners (15° angles and walls snap; Alt for none), type a length and Enter for an exact wall (12' @ 90 for a length and an angle: 0° right, 90° up), Enter or double-click to close.",
  initial: () => IDLE,

  pointerDown(s, e, ctx) {
    if (e.button !== 0) return same(s);
    const snapped = snapFor(s, e, ctx);
    if (s.name === 'idle') return same({ name: 'drawing', points: [snapped.point], cursor: snapped, typed: '' });
    const first = s.points[0]!;
    const nearFirst = Math.hypot(e.point[0] - first[0], e.point[1] - first[1]) * ctx.scale <= CLOSE_PIXELS;
    if (s.points.length >= 3 && (nearFirst || samePoint(snapped.point, first))) return close(s.points, ctx, s);
    if (samePoint(snapped.point, s.points[s.points.length - 1]!)) return same(s);
    return same({ ...s, points: [...s.points, snapped.point], cursor: snapped });
  },

  pointerMove(s, e, ctx) {
    const snapped = snapFor(s, e, ctx);
    return same(s.name === 'idle' ? { ...s, hover: snapped } : { ...s, cursor: snapped });
  },

  doubleClick(s, _e, ctx) {
    return s.name === 'drawing' ? close(s.points, ctx, s) : same(s);
  },

  keyDown(s, e, ctx) {
    if (s.name !== 'drawing') return null;
    if (e.key === 'Enter') {
      if (!s.typed) return close(s.points, ctx, s);
      const len = parseLengthAngle(s.typed, 'ft');
      if (!len.ok) return { state: { ...s, typed: '' }, effects: [{ type: 'notice', message: len.message }] };
      const last = s.points[s.points.length - 1]!;
      // Direction: the angle typed, else toward the pointer on a 15° step, so "12' Enter" draws the wall the pointer suggests.
      const rad = len.angle === null ? 0 : (len.angle * Math.PI) / 180;
      const toward = len.angle === null ? snapAngle(last, s.cursor.point, 1) : [last[0] + Math.cos(rad), last[1] - Math.sin(rad)];
      const dx = toward[0]! - last[0];
      const dy = toward[1]! - last[1];
      const d = Math.hypot(dx, dy);
      if (d === 0) return { state: { ...s, typed: '' }, effects: [{ type: 'notice', message: 'Point the mouse the way the wall runs, then type its length.' }] };
      const round = (n: number) => Math.round(n * 1000) / 1000 + 0;
      const next: Point = [round(last[0] + (dx / d) * len.inches), round(last[1] + (dy / d) * len.inches)];
      return same({ ...s, points: [...s.points, next], typed: '' });
    }
    if (e.key === 'Backspace' && !s.typed) {
      if (s.points.length <= 1) return same(IDLE);
      return same({ ...s, points: s.points.slice(0, -1) });
    }
    const typed = typeKey(s.typed, e.key);
    if (typed === null || e.ctrl) return null;
    return same({ ...s, typed });
  },

  cancel(s) {
    if (s.typed) return same({ ...s, typed: '' });
    return s.name === 'idle' ? null : same(IDLE);
  },

  overlay(s, ctx): Overlay {
    if (s.name === 'idle') return s.hover ? [{ type: 'snap', at: s.hover.point, kind: s.hover.kind }] : NO_OVERLAY;
    const last = s.points[s.points.length - 1]!;
    const c = s.cursor.point;
    const len = Math.hypot(c[0] - last[0], c[1] - last[1]);
    const shapes: Overlay[number][] = [
      { type: 'polyline', points: [...s.points, c], style: 'ghost' },
      // The walls drawn so far keep their lengths on screen; the one following the pointer shows its angle too.
      ...edgeDimensions(s.points, false, ctx.scale),
      { type: 'snap', at: c, kind: s.cursor.kind },
      { type: 'label', at: [(last[0] + c[0]) / 2, (last[1] + c[1]) / 2], text: s.typed ? `${s.typed}…` : len > 0 ? `${formatLength(len)} · ${bearing(last, c)}°` : formatLength(0) },
    ];
    if (s.points.length >= 2) shapes.unshift({ type: 'polygon', points: [...s.points, c], style: 'ghost' });
    return shapes;
  },

  hint(s) {
    if (s.typed) return `Wall: ${s.typed}  (Enter to draw it; add @ and an angle for an exact direction, e.g. 12' @ 90)`;
    if (s.name === 'idle') return 'Click the first corner of the room';
    return "Click the next corner · type a length (12' @ 90 for an angle too) + Enter · Enter or double-click to close · Backspace: undo corner · Alt: no snapping";
  },
};
