/**
 * Room rectangle (R): drag from corner to corner, or type a size (`12' x 10'`, Enter) and click where its top-left
 * corner goes. Typing while dragging sizes the rectangle from where the drag began.
 *
 *   idle ──down──▶ pointing ──move──▶ dragging ──up──▶ (room added) → Select
 *    │ type + Enter
 *    ▼
 *   placing ──click──▶ (room added) → Select
 */
import type { Point } from '../../geometry/types.ts';
import { formatLength } from '../../model/units.ts';
import { snapPoint, type Snapped } from '../geom/snap.ts';
import { createRoom } from './createRoom.ts';
import { edgeDimensions } from './dimensions.ts';
import { NO_OVERLAY, type Overlay } from './overlay.ts';
import { parseSize, typeKey } from './typing.ts';
import { same, type Tool, type ToolContext } from './types.ts';

export type RoomRectState =
  | { readonly name: 'idle'; readonly hover: Snapped | null; readonly typed: string }
  | { readonly name: 'pointing' | 'dragging'; readonly origin: Point; readonly current: Point; readonly typed: string }
  | { readonly name: 'placing'; readonly size: Point; readonly hover: Point | null; readonly typed: string };

const DRAG_PIXELS = 3;

const rect = (a: Point, b: Point): Point[] => {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
};

const sizeLabel = (a: Point, b: Point) => `${formatLength(Math.abs(b[0] - a[0]))} × ${formatLength(Math.abs(b[1] - a[1]))}`;

const snap = (p: Point, alt: boolean, ctx: ToolContext) => snapPoint(p, { level: ctx.level, scale: ctx.scale, disabled: alt, wall: ctx.wall });

const IDLE: RoomRectState = { name: 'idle', hover: null, typed: '' };

/** Adds the room and goes back to Select; when refused, stays in `otherwise` so the user can try again. */
function finish(a: Point, b: Point, ctx: ToolContext, otherwise: RoomRectState = IDLE) {
  const made = createRoom(rect(a, b), ctx);
  return made.ok
    ? { state: IDLE, effects: [...made.effects, { type: 'setTool' as const, tool: 'select' as const }] }
    : { state: otherwise, effects: made.effects };
}

export const roomRectTool: Tool<RoomRectState> = {
  id: 'room-rect',
  label: 'Room',
  shortcut: 'R',
  description: "Draw a rectangular room: drag corner to corner, or type a size like 12' x 10', press Enter, then click its top-left corner.",
  initial: () => IDLE,

  pointerDown(s, e, ctx) {
    if (e.button !== 0) return same(s);
    const p = snap(e.point, e.alt, ctx).point;
    if (s.name === 'placing') return finish(p, [p[0] + s.size[0], p[1] + s.size[1]], ctx, s);
    return same({ name: 'pointing', origin: p, current: p, typed: '' });
  },

  pointerMove(s, e, ctx) {
    const snapped = snap(e.point, e.alt, ctx);
    switch (s.name) {
      case 'idle':
        return same({ ...s, hover: snapped });
      case 'placing':
        return same({ ...s, hover: snapped.point });
      case 'pointing': {
        const moved = Math.hypot(e.point[0] - s.origin[0], e.point[1] - s.origin[1]) * ctx.scale > DRAG_PIXELS;
        return same(moved ? { ...s, name: 'dragging', current: snapped.point } : s);
      }
      case 'dragging':
        return same({ ...s, current: snapped.point });
    }
  },

  pointerUp(s, e, ctx) {
    if (s.name === 'pointing') return same({ name: 'idle', hover: snap(e.point, e.alt, ctx), typed: '' });
    if (s.name !== 'dragging') return same(s);
    const end = snap(e.point, e.alt, ctx).point;
    if (Math.abs(end[0] - s.origin[0]) < 1 || Math.abs(end[1] - s.origin[1]) < 1) return same(IDLE);
    return finish(s.origin, end, ctx);
  },

  keyDown(s, e, ctx) {
    if (e.key === 'Enter' && s.typed) {
      const parsed = parseSize(s.typed);
      if (!parsed.ok) return { state: { ...s, typed: '' } as RoomRectState, effects: [{ type: 'notice', message: parsed.message }] };
      const [w, d] = parsed.size;
      if (s.name === 'dragging' || s.name === 'pointing') {
        const sx = s.current[0] < s.origin[0] ? -1 : 1;
        const sy = s.current[1] < s.origin[1] ? -1 : 1;
        return finish(s.origin, [s.origin[0] + sx * w, s.origin[1] + sy * d], ctx);
      }
      const hover = s.name === 'idle' ? (s.hover?.point ?? null) : s.name === 'placing' ? s.hover : null;
      return {
        state: { name: 'placing', size: parsed.size, hover, typed: '' },
        effects: [{ type: 'notice', message: `Click where the top-left corner of the ${formatLength(w)} × ${formatLength(d)} room goes.` }],
      };
    }
    const typed = typeKey(s.typed, e.key);
    if (typed === null || e.ctrl) return null;
    return same({ ...s, typed } as RoomRectState);
  },

  cancel(s) {
    if (s.typed) return same({ ...s, typed: '' } as RoomRectState);
    if (s.name === 'idle') return null;
    return same(IDLE);
  },

  overlay(s, ctx): Overlay {
    switch (s.name) {
      case 'idle':
        return s.hover ? [{ type: 'snap', at: s.hover.point, kind: s.hover.kind }] : NO_OVERLAY;
      case 'pointing':
        return [{ type: 'snap', at: s.origin, kind: 'grid' }];
      case 'dragging': {
        const r = rect(s.origin, s.current);
        return [
          { type: 'polygon', points: r, style: 'ghost' },
          ...edgeDimensions(r, true, ctx.scale),
          { type: 'label', at: [(s.origin[0] + s.current[0]) / 2, (s.origin[1] + s.current[1]) / 2], text: sizeLabel(s.origin, s.current) },
        ];
      }
      case 'placing': {
        if (!s.hover) return NO_OVERLAY;
        const end: Point = [s.hover[0] + s.size[0], s.hover[1] + s.size[1]];
        return [
          { type: 'polygon', points: rect(s.hover, end), style: 'ghost' },
          ...edgeDimensions(rect(s.hover, end), true, ctx.scale),
          { type: 'label', at: [(s.hover[0] + end[0]) / 2, (s.hover[1] + end[1]) / 2], text: sizeLabel(s.hover, end) },
        ];
      }
    }
  },

  hint(s) {
    if (s.typed) return `Size: ${s.typed}  (Enter to use, Esc to clear)`;
    if (s.name === 'placing') return 'Click to place the room by its top-left corner · Esc to cancel';
    if (s.name === 'dragging') return 'Release to add the room · type a size and Enter for an exact one · Alt: no snapping';
    return "Drag a rectangle, or type a size like 12' x 10' and press Enter";
  },
};
