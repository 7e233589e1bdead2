/**
 * Equipment (G), in the Site view: pick a piece in the palette (swing, slide, climber …), click where it stands; the
 * tool stays on for the next one. Q / E turn the next piece 15° (Shift: 90°). A new piece has the catalogue's size
 * and heights (siteCatalog.ts), which the panel changes; its fall zone is drawn around it at once.
 */
import type { Point } from '../../geometry/types.ts';
import { playAreasAt } from '../../engine/outdoor/site.ts';
import type { Equipment } from '../../model/schema.ts';
import { equipmentFootprint } from '../geom/shapes.ts';
import { equipmentFallZone } from '../geom/siteFigures.ts';
import { GRID_MINOR, snapToGrid } from '../geom/snap.ts';
import { normalizeDegrees } from '../model/commands.ts';
import { freshId } from '../model/ids.ts';
import { pt, refKey } from '../model/refs.ts';
import { EQUIPMENT_KINDS, type EquipmentType } from '../siteCatalog.ts';
import type { Overlay } from './overlay.ts';
import { same, type Effect, type PointerInput, type Tool, type ToolContext } from './types.ts';

export interface EquipmentToolState {
  readonly name: 'idle';
  readonly type: EquipmentType;
  readonly rotation: number;
  readonly hover: Point | null;
}

/** A new piece of `type` at `at`, turned `rotation`: the catalogue's size and heights, a slide's exit turned with it. */
export function newEquipment(id: string, type: EquipmentType, at: Point, rotation = 0): Equipment {
  const k = EQUIPMENT_KINDS[type];
  return {
    id,
    type,
    at: pt(at),
    size: [k.size[0], k.size[1]],
    ...(rotation ? { rotation } : {}),
    height: k.height,
    ...(k.pivotHeight !== undefined ? { pivotHeight: k.pivotHeight } : {}),
    ...(k.exitFromRotation !== undefined ? { exit: normalizeDegrees(rotation + k.exitFromRotation) } : {}),
  };
}

/** Where the centre goes: the footprint's corner on the grid when square to the axes, unless Alt is held. */
export function placeEquipmentAt(type: EquipmentType, rotation: number, p: Point, alt: boolean): Point {
  if (alt) return p;
  if (rotation % 90 !== 0) return snapToGrid(p, GRID_MINOR);
  const size = EQUIPMENT_KINDS[type].size;
  const [w, d] = rotation % 180 === 0 ? size : [size[1], size[0]];
  const corner = snapToGrid([p[0] - w / 2, p[1] - d / 2], GRID_MINOR);
  return [corner[0] + w / 2, corner[1] + d / 2];
}

const where = (s: EquipmentToolState, e: PointerInput) => placeEquipmentAt(s.type, s.rotation, e.point, e.alt);

export const equipmentTool: Tool<EquipmentToolState> = {
  id: 'equipment',
  label: 'Equipment',
  shortcut: 'G',
  space: 'site',
  description: 'Place play equipment: pick a swing, slide, climber … in the palette, click where it stands. Q/E turn it. Its fall zone is drawn around it.',
  initial: (previous) => ({ name: 'idle', type: previous?.type ?? 'swing', rotation: previous?.rotation ?? 0, hover: null }),

  pointerMove(s, e) {
    return same({ ...s, hover: where(s, e) });
  },

  pointerDown(s, e, ctx: ToolContext) {
    if (e.button !== 0) return same(s);
    const at = where(s, e);
    const piece = newEquipment(freshId(ctx.plan, 'equipment'), s.type, at, s.rotation);
    const label = EQUIPMENT_KINDS[s.type].label.toLowerCase();
    const outside = playAreasAt(ctx.plan.site, at).length === 0;
    const effects: Effect[] = [
      { type: 'commit', commands: [{ op: 'add', level: ctx.level.id, kind: 'equipment', value: piece }] },
      { type: 'select', keys: [refKey({ kind: 'equipment', id: piece.id })] },
      {
        type: 'notice',
        message: outside
          ? `Added the ${label} ${piece.id} outside every play area: its fall zone must lie inside one.`
          : `Added the ${label} ${piece.id}. Its fall zone is drawn around it; set its heights in the panel.`,
      },
    ];
    return { state: { ...s, hover: at }, effects };
  },

  keyDown(s, e) {
    const k = e.key.toLowerCase();
    if ((k === 'q' || k === 'e') && !e.ctrl) return same({ ...s, rotation: normalizeDegrees(s.rotation + (k === 'q' ? -1 : 1) * (e.shift ? 90 : 15)) });
    return null;
  },

  overlay(s, ctx): Overlay {
    if (!s.hover) return [];
    const piece = newEquipment('', s.type, s.hover, s.rotation);
    const ghost = equipmentFootprint(piece);
    const size = EQUIPMENT_KINDS[s.type].size;
    // The fall zone it would have, outlined, so it can be fitted into the yard before it is placed.
    const zone = equipmentFallZone(piece, ctx.plan.site).zone.flatMap((polygon) => polygon.map((ring) => [...ring, ring[0]!]));
    return [
      ...zone.map((ring) => ({ type: 'polyline', points: ring, style: 'ghost' }) as const),
      { type: 'polygon', points: ghost, style: 'ghost' },
      { type: 'label', at: [s.hover[0], s.hover[1] - Math.max(size[0], size[1]) / 2 - 8], text: EQUIPMENT_KINDS[s.type].label },
    ];
  },

  hint(s) {
    return `Click to place a ${EQUIPMENT_KINDS[s.type].label.toLowerCase()}${s.rotation ? ` turned ${s.rotation}°` : ''} · Q/E turn · Esc: Select`;
  },
};
