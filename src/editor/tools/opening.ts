/**
 * Door (D) and Window (W): the pointer slides a ghost along the nearest wall face; a click puts it there. Typing a
 * width (`32`, `3'`) and Enter changes the width for the next ones. The tool stays on for the next door.
 */
import type { Point } from '../../geometry/types.ts';
import type { Door, Window } from '../../model/schema.ts';
import { formatLength } from '../../model/units.ts';
import { doorLeaf } from '../geom/shapes.ts';
import { GRID_MINOR } from '../geom/snap.ts';
import { DEFAULT_DOOR_WIDTH, DEFAULT_WINDOW_WIDTH, openingAt, wallReach, wallUnder, type Opening } from '../geom/walls.ts';
import { freshId } from '../model/ids.ts';
import { pt, refKey } from '../model/refs.ts';
import { arcPoints, type Overlay } from './overlay.ts';
import { parseTypedLength, typeKey } from './typing.ts';
import { same, type PointerInput, type Tool, type ToolContext } from './types.ts';

export interface OpeningState {
  readonly name: 'idle';
  readonly width: number;
  readonly hover: Opening | null;
  readonly typed: string;
}

function placement(e: PointerInput, ctx: ToolContext, width: number): Opening | null {
  const spot = wallUnder(ctx.level, e.point, wallReach(ctx.scale));
  return spot ? openingAt(ctx.level, spot, width, e.alt ? 0 : GRID_MINOR) : null;
}

function newDoor(o: Opening, ctx: ToolContext): Door {
  // An exit swings outward (the direction of egress); an inside door swings into the room it was drawn from.
  return { id: freshId(ctx.plan, 'door'), a: pt(o.a), b: pt(o.b), rooms: [o.room, o.other], swing: o.other === 'outside' ? 'outside' : o.room };
}

function newWindow(o: Opening, ctx: ToolContext): Window {
  const width = Math.hypot(o.b[0] - o.a[0], o.b[1] - o.a[1]);
  // A common double-hung unit: sill at 24" (no fall barrier needed), opening wide enough to count as a rescue window.
  return {
    id: freshId(ctx.plan, 'window'),
    a: pt(o.a),
    b: pt(o.b),
    room: o.room,
    ...(o.other === 'outside' ? {} : { outside: false }),
    sill: 24,
    clearWidth: Math.max(1, Math.round(width - 4)),
    clearHeight: 30,
    operable: true,
  };
}

function ghost(kind: 'door' | 'window', o: Opening, ctx: ToolContext): Overlay {
  const label = `${formatLength(Math.hypot(o.b[0] - o.a[0], o.b[1] - o.a[1]))} ${kind}${kind === 'door' ? (o.other === 'outside' ? ' · exit to outside' : ` · to ${ctx.level.rooms.find((r) => r.id === o.other)?.name ?? o.other}`) : ''}`;
  const shapes: Overlay[number][] = [{ type: 'polyline', points: [o.a, o.b], style: 'ghost' }];
  if (kind === 'door') {
    const door = newDoor(o, ctx);
    const leaf = doorLeaf(door, ctx.level);
    if (leaf.side) shapes.push({ type: 'polyline', points: [leaf.hinge, leaf.open, ...arcPoints(leaf.hinge, leaf.open, leaf.free).slice(1)], style: 'ghost' });
  }
  const mid: Point = [(o.a[0] + o.b[0]) / 2, (o.a[1] + o.b[1]) / 2];
  shapes.push({ type: 'label', at: mid, text: label });
  return shapes;
}

function openingTool(kind: 'door' | 'window'): Tool<OpeningState> {
  const defaultWidth = kind === 'door' ? DEFAULT_DOOR_WIDTH : DEFAULT_WINDOW_WIDTH;
  const idle: OpeningState = { name: 'idle', width: defaultWidth, hover: null, typed: '' };
  return {
    id: kind,
    label: kind === 'door' ? 'Door' : 'Window',
    shortcut: kind === 'door' ? 'D' : 'W',
    description:
      kind === 'door'
        ? 'Click a wall to put a door (36" clear by default; type a width and Enter to change it). A door on an outside wall is an exit.'
        : 'Click a wall to put a window (36" by default; type a width and Enter to change it).',
    initial: (previous) => ({ ...idle, width: previous?.width ?? defaultWidth }),

    pointerMove(s, e, ctx) {
      return same({ ...s, hover: placement(e, ctx, s.width) });
    },

    pointerDown(s, e, ctx) {
      if (e.button !== 0) return same(s);
      const o = placement(e, ctx, s.width);
      if (!o) {
        const spot = wallUnder(ctx.level, e.point, wallReach(ctx.scale));
        const message = spot ? `That wall is shorter than ${formatLength(s.width)}.` : `Click on a room's wall to put a ${kind} there.`;
        return { state: s, effects: [{ type: 'notice', message }] };
      }
      const value = kind === 'door' ? newDoor(o, ctx) : newWindow(o, ctx);
      const to = o.other === 'outside' ? 'outside (an exit)' : (ctx.level.rooms.find((r) => r.id === o.other)?.name ?? o.other);
      return {
        state: { ...s, hover: o },
        effects: [
          { type: 'commit', commands: [{ op: 'add', level: ctx.level.id, kind, value }] },
          { type: 'select', keys: [refKey({ kind, id: value.id })] },
          { type: 'notice', message: kind === 'door' ? `Added door ${value.id} to ${to}. F flips its swing, H its hinge.` : `Added window ${value.id}.` },
        ],
      };
    },

    keyDown(s, e) {
      if (e.key === 'Enter' && s.typed) {
        const len = parseTypedLength(s.typed, 'in');
        if (!len.ok) return { state: { ...s, typed: '' }, effects: [{ type: 'notice', message: len.message }] };
        return { state: { ...s, typed: '', width: len.inches, hover: null }, effects: [{ type: 'notice', message: `New ${kind}s will be ${formatLength(len.inches)} wide.` }] };
      }
      const typed = typeKey(s.typed, e.key);
      if (typed === null || e.ctrl) return null;
      return same({ ...s, typed });
    },

    cancel(s) {
      return s.typed ? same({ ...s, typed: '' }) : null;
    },

    overlay(s, ctx) {
      return s.hover ? ghost(kind, s.hover, ctx) : [];
    },

    hint(s) {
      if (s.typed) return `Width: ${s.typed}  (Enter to use)`;
      return `Click a wall to add a ${formatLength(s.width)} ${kind} · type a width + Enter to change it · Esc: Select`;
    },
  };
}

export const doorTool = openingTool('door');
export const windowTool = openingTool('window');
