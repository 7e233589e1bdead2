/**
 * Item (I): pick a type in the palette, click in a room to put one there; the tool stays on for the next one
 * (four cribs are four clicks). Q / E turn the next item by 15° (Shift: 90°). Sizes are the plan format's defaults
 * and are left out of the plan (the format applies them), so changing a default later changes every such item.
 */
import type { Point } from '../../geometry/types.ts';
import { itemSize, isDevice } from '../../model/defaults.ts';
import type { Item, ItemType } from '../../model/schema.ts';
import { ITEM_KINDS } from '../itemCatalog.ts';
import { normalizeDegrees } from '../model/commands.ts';
import { freshId } from '../model/ids.ts';
import { pt, refKey } from '../model/refs.ts';
import { itemFootprint } from '../geom/shapes.ts';
import { GRID_MINOR, snapToGrid } from '../geom/snap.ts';
import { roomAt } from '../geom/walls.ts';
import type { Overlay } from './overlay.ts';
import { same, type PointerInput, type Tool, type ToolContext } from './types.ts';

export interface ItemToolState {
  readonly name: 'idle';
  readonly type: ItemType;
  readonly rotation: number;
  readonly hover: Point | null;
}

/** Where the item's centre goes: its footprint's corner on the grid (a device's centre), unless Alt is held. */
export function placeItemAt(type: ItemType, rotation: number, p: Point, alt: boolean): Point {
  if (alt) return p;
  const size = itemSize({ id: '', type, at: pt(p) });
  if (!size || isDevice(type) || rotation % 90 !== 0) return snapToGrid(p, GRID_MINOR);
  const [w, d] = rotation % 180 === 0 ? size : [size[1], size[0]];
  const corner = snapToGrid([p[0] - w / 2, p[1] - d / 2], GRID_MINOR);
  return [corner[0] + w / 2, corner[1] + d / 2];
}

function newItem(s: ItemToolState, at: Point, ctx: ToolContext): Item {
  return { id: freshId(ctx.plan, 'item'), type: s.type, at: pt(at), ...(s.rotation && !isDevice(s.type) ? { rotation: s.rotation } : {}) };
}

const where = (s: ItemToolState, e: PointerInput) => placeItemAt(s.type, s.rotation, e.point, e.alt);

export const itemTool: Tool<ItemToolState> = {
  id: 'item',
  label: 'Item',
  shortcut: 'I',
  description: 'Place furniture, cribs, fixtures and safety devices: pick one in the palette, click in a room. Q/E turn it.',
  initial: (previous) => ({ name: 'idle', type: previous?.type ?? 'crib', rotation: previous?.rotation ?? 0, hover: null }),

  pointerMove(s, e) {
    return same({ ...s, hover: where(s, e) });
  },

  pointerDown(s, e, ctx) {
    if (e.button !== 0) return same(s);
    const at = where(s, e);
    if (!roomAt(ctx.level, at)) return { state: s, effects: [{ type: 'notice', message: `Put the ${ITEM_KINDS[s.type].label.toLowerCase()} inside a room: every item stands in one.` }] };
    const item = newItem(s, at, ctx);
    return {
      state: { ...s, hover: at },
      effects: [
        { type: 'commit', commands: [{ op: 'add', level: ctx.level.id, kind: 'item', value: item }] },
        { type: 'select', keys: [refKey({ kind: 'item', id: item.id })] },
      ],
    };
  },

  keyDown(s, e) {
    const k = e.key.toLowerCase();
    if ((k === 'q' || k === 'e') && !e.ctrl) return same({ ...s, rotation: normalizeDegrees(s.rotation + (k === 'q' ? -1 : 1) * (e.shift ? 90 : 15)) });
    return null;
  },

  overlay(s, ctx): Overlay {
    if (!s.hover) return [];
    const ghost = itemFootprint({ id: '', type: s.type, at: pt(s.hover), ...(s.rotation ? { rotation: s.rotation } : {}) });
    const inRoom = roomAt(ctx.level, s.hover) !== undefined;
    return [
      { type: 'polygon', points: ghost, style: inRoom ? 'ghost' : 'invalid' },
      { type: 'label', at: [s.hover[0], s.hover[1] - (itemSize({ id: '', type: s.type, at: pt(s.hover) })?.[1] ?? 10) / 2 - 8], text: ITEM_KINDS[s.type].label },
    ];
  },

  hint(s) {
    return `Click in a room to place a ${ITEM_KINDS[s.type].label.toLowerCase()}${s.rotation ? ` turned ${s.rotation}°` : ''} · Q/E turn · Esc: Select`;
  },
};
