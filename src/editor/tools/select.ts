/**
 * Select (V): click, Shift-click, drag a box; drag to move (the whole drag is one undo step, Esc puts it back);
 * drag a corner of a selected room to reshape it; Delete, Ctrl+D duplicate, Q/E turn items, F/H flip a door's
 * swing/hinge, arrow keys nudge. In the Site view the same gestures pick and move the site's objects (a play area's,
 * surface's, pool's or obstacle's corners reshape it; Q/E turn equipment and outlines).
 *
 *   idle ──down on object──▶ pointing ──move──▶ dragging ──up──▶ idle (one commit)
 *   idle ──down on nothing──▶ pointing ──move──▶ brushing ──up──▶ idle
 *   idle ──down on a corner of the selected room──▶ pointing-vertex ──move──▶ dragging-vertex ──up──▶ idle
 */
import type { Point } from '../../geometry/types.ts';
import { checkPolygon } from '../../model/geometryRules.ts';
import { isDevice } from '../../model/defaults.ts';
import type { Plan } from '../../model/schema.ts';
import { reresolveDoors, withAttached } from '../geom/attached.ts';
import { boxOf } from '../geom/hit.ts';
import { overlappingRoom } from '../geom/overlap.ts';
import { allInScene, sceneBBox, sceneHit, sceneInBox, sceneObject, selectedInScene, siteRings } from '../geom/scene.ts';
import { GRID_MINOR, snapOffset, snapPoint, type SnapContext } from '../geom/snap.ts';
import { applyCommands, type DocCommand } from '../model/commands.ts';
import { duplicate } from './duplicate.ts';
import { isSiteKind, isSitePolygonKind, refKey, type ObjectRef, type RefKey } from '../model/refs.ts';
import type { Overlay } from './overlay.ts';
import { same, type Effect, type KeyInput, type Tool, type ToolContext, type ToolResult } from './types.ts';

export type SelectState =
  | { readonly name: 'idle' }
  | { readonly name: 'pointing'; readonly origin: Point; readonly hit: RefKey | null; readonly shift: boolean; readonly collapseTo: RefKey | null }
  | { readonly name: 'dragging'; readonly origin: Point; readonly moving: readonly ObjectRef[]; readonly anchor: Point; readonly offset: Point }
  | { readonly name: 'brushing'; readonly origin: Point; readonly current: Point; readonly base: readonly RefKey[] }
  /** `target`: the room, or the site outline, whose corner is dragged. */
  | { readonly name: 'pointing-vertex' | 'dragging-vertex'; readonly target: ObjectRef; readonly index: number; readonly origin: Point; readonly to: Point };

const IDLE: SelectState = { name: 'idle' };
const DRAG_PIXELS = 3;
const HANDLE_PIXELS = 7;

/** The selection's objects in the scene on screen (the level's, or the site's in the Site view). */
const selectedOnLevel = (ctx: ToolContext): ObjectRef[] => selectedInScene(ctx);

/** The point of the selection that snaps while it moves: a room's (or outline's) first corner, an item's centre, a door's jamb. */
function anchorOf(ctx: ToolContext, refs: readonly ObjectRef[]): Point {
  const first = refs.find((r) => r.kind === 'room' || isSitePolygonKind(r.kind)) ?? refs[0];
  if (!first) return [0, 0];
  const o = sceneObject(ctx, first);
  if (!o) return [0, 0];
  if ('polygon' in o) return o.polygon[0]!;
  if ('at' in o) return o.at;
  return o.a;
}

/** Has corners that can be dragged: a room, a play area, a surface, a pool, an obstacle. */
const reshapeable = (ref: ObjectRef) => ref.kind === 'room' || isSitePolygonKind(ref.kind);

/** The corner of the single selected outline under the pointer, if any. */
function vertexUnder(ctx: ToolContext, p: Point): { target: ObjectRef; index: number; at: Point } | null {
  const refs = selectedOnLevel(ctx);
  if (refs.length !== 1 || !reshapeable(refs[0]!)) return null;
  const o = sceneObject(ctx, refs[0]!);
  if (!o || !('polygon' in o)) return null;
  const index = o.polygon.findIndex((v) => Math.hypot(v[0] - p[0], v[1] - p[1]) * ctx.scale <= HANDLE_PIXELS);
  return index < 0 ? null : { target: refs[0]!, index, at: o.polygon[index]! };
}

const levelOf = (plan: Plan, id: string) => plan.levels.find((l) => l.id === id)!;

/** What snapping sees while `ignore` moves: the level's rooms, and in the Site view the site's outlines. */
function snapContext(ctx: ToolContext, ignore: readonly ObjectRef[], alt: boolean): SnapContext {
  const keys = new Set(ignore.map(refKey));
  return {
    level: levelOf(ctx.base, ctx.level.id),
    scale: ctx.scale,
    disabled: alt,
    ignoreRooms: new Set(ignore.filter((r) => r.kind === 'room').map((r) => r.id)),
    ...(ctx.siteView ? { rings: siteRings(ctx.base.site, keys) } : {}),
  };
}

/** The commands of a move, with doors re-attached to whatever room is now across their wall. */
function moveCommands(base: Plan, levelId: string, moving: readonly ObjectRef[], dx: number, dy: number): { commands: DocCommand[]; overlap: string | null } {
  const translate: DocCommand = { op: 'translate', refs: moving, dx, dy };
  // The site has no overlap rule and no doors: its objects just move.
  if (moving.every((r) => isSiteKind(r.kind))) return { commands: [translate], overlap: null };
  const movedRooms = new Set(moving.filter((r) => r.kind === 'room').map((r) => r.id));
  const after = applyCommands(base, [translate]);
  const level = levelOf(after, levelId);
  let overlap: string | null = null;
  for (const room of level.rooms) {
    if (!movedRooms.has(room.id)) continue;
    overlap = overlappingRoom(level, room.polygon, movedRooms);
    if (overlap) break;
  }
  return { commands: [translate, ...reresolveDoors(after, levelId, movedRooms)], overlap };
}

function editKey(s: SelectState, e: KeyInput, ctx: ToolContext): ToolResult<SelectState> | null {
  const refs = selectedOnLevel(ctx);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const commit = (commands: DocCommand[], extra: Effect[] = []): ToolResult<SelectState> => ({ state: s, effects: [{ type: 'commit', commands }, ...extra] });

  if (key === 'a' && e.ctrl) return { state: s, effects: [{ type: 'select', keys: allInScene(ctx) }] };
  if (refs.length === 0) return null;
  if ((key === 'Delete' || key === 'Backspace') && !e.ctrl) {
    return commit([{ op: 'remove', refs: withAttached(ctx.level, refs, 'remove') }], [{ type: 'select', keys: [] }, { type: 'notice', message: `Deleted ${refs.length === 1 ? '1 object' : `${refs.length} objects`} (Ctrl+Z brings ${refs.length === 1 ? 'it' : 'them'} back).` }]);
  }
  if (key === 'd' && e.ctrl) return duplicate(s, refs, ctx);
  if ((key === 'q' || key === 'e') && !e.ctrl) {
    const items = refs.filter((r) => (r.kind === 'item' && !isDevice(ctx.level.items.find((i) => i.id === r.id)!.type)) || isSiteKind(r.kind));
    if (items.length === 0) return { state: s, effects: [{ type: 'notice', message: ctx.siteView ? 'Q and E turn what is selected; select something first.' : 'Q and E turn furniture and equipment; select an item first.' }] };
    return commit([{ op: 'rotate', refs: items, by: (key === 'q' ? -1 : 1) * (e.shift ? 90 : 15) }]);
  }
  if ((key === 'f' || key === 'h') && !e.ctrl) {
    const doors = ctx.level.doors.filter((d) => refs.some((r) => r.kind === 'door' && r.id === d.id));
    if (doors.length === 0) return null;
    const commands: DocCommand[] = doors.map((d) =>
      key === 'f'
        ? { op: 'update', ref: { kind: 'door', id: d.id }, patch: { swing: d.swing === 'none' ? 'none' : d.swing === d.rooms[0] ? d.rooms[1] : d.rooms[0] } }
        : { op: 'update', ref: { kind: 'door', id: d.id }, patch: { hinge: d.hinge === 'b' ? undefined : 'b' } },
    );
    return commit(commands);
  }
  const arrows: Record<string, Point> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  const dir = arrows[e.key];
  if (dir && !e.ctrl) {
    const step = e.alt ? 1 : e.shift ? 4 * GRID_MINOR : GRID_MINOR;
    const moved = moveCommands(ctx.plan, ctx.level.id, withAttached(ctx.level, refs, 'move'), dir[0] * step, dir[1] * step);
    if (moved.overlap) return { state: s, effects: [{ type: 'notice', message: `Not moved: it would overlap ${moved.overlap}.` }] };
    return commit(moved.commands);
  }
  return null;
}

export const selectTool: Tool<SelectState> = {
  id: 'select',
  label: 'Select',
  shortcut: 'V',
  description: 'Select and move: click, Shift-click or drag a box; drag to move; drag a corner of a selected room to reshape it.',
  initial: () => IDLE,

  pointerDown(s, e, ctx) {
    if (e.button !== 0) return same(s);
    const vertex = vertexUnder(ctx, e.point);
    if (vertex && !e.shift) return same({ name: 'pointing-vertex', target: vertex.target, index: vertex.index, origin: vertex.at, to: vertex.at });
    const hit = sceneHit(ctx, e.point);
    if (!hit) return same({ name: 'pointing', origin: e.point, hit: null, shift: e.shift, collapseTo: null });
    const key = refKey(hit);
    const selected = ctx.selection.includes(key);
    if (e.shift) {
      const keys = selected ? ctx.selection.filter((k) => k !== key) : [...ctx.selection, key];
      return { state: { name: 'pointing', origin: e.point, hit: selected ? null : key, shift: true, collapseTo: null }, effects: [{ type: 'select', keys }] };
    }
    if (selected) return same({ name: 'pointing', origin: e.point, hit: key, shift: false, collapseTo: ctx.selection.length > 1 ? key : null });
    return { state: { name: 'pointing', origin: e.point, hit: key, shift: false, collapseTo: null }, effects: [{ type: 'select', keys: [key] }] };
  },

  pointerMove(s, e, ctx) {
    const far = (o: Point) => Math.hypot(e.point[0] - o[0], e.point[1] - o[1]) * ctx.scale > DRAG_PIXELS;
    switch (s.name) {
      case 'idle':
        return same(s);
      case 'pointing': {
        if (!far(s.origin)) return same(s);
        if (s.hit === null) return selectTool.pointerMove!({ name: 'brushing', origin: s.origin, current: s.origin, base: s.shift ? ctx.selection : [] }, e, ctx);
        const refs = selectedOnLevel(ctx);
        if (refs.length === 0) return same(IDLE);
        const moving = withAttached(ctx.level, refs, 'move');
        return selectTool.pointerMove!({ name: 'dragging', origin: s.origin, moving, anchor: anchorOf(ctx, refs), offset: [0, 0] }, e, ctx);
      }
      case 'dragging': {
        const raw: Point = [e.point[0] - s.origin[0], e.point[1] - s.origin[1]];
        const offset = e.alt ? raw : snapOffset(s.anchor, raw[0], raw[1], snapContext(ctx, s.moving, false));
        return { state: { ...s, offset }, effects: [{ type: 'preview', commands: [{ op: 'translate', refs: s.moving, dx: offset[0], dy: offset[1] }] }] };
      }
      case 'brushing': {
        const found = sceneInBox(ctx, boxOf(s.origin, e.point)).map(refKey);
        const keys = [...new Set([...s.base, ...found])];
        return { state: { ...s, current: e.point }, effects: [{ type: 'select', keys }] };
      }
      case 'pointing-vertex':
      case 'dragging-vertex': {
        if (s.name === 'pointing-vertex' && !far(s.origin)) return same(s);
        const to = snapPoint(e.point, snapContext(ctx, [s.target], e.alt)).point;
        return { state: { ...s, name: 'dragging-vertex', to }, effects: [{ type: 'preview', commands: [{ op: 'moveVertex', ref: s.target, index: s.index, to }] }] };
      }
    }
  },

  pointerUp(s, _e, ctx) {
    switch (s.name) {
      case 'pointing':
        if (s.hit === null && !s.shift) return { state: IDLE, effects: [{ type: 'select', keys: [] }] };
        if (s.collapseTo) return { state: IDLE, effects: [{ type: 'select', keys: [s.collapseTo] }] };
        return same(IDLE);
      case 'dragging': {
        const moved = moveCommands(ctx.base, ctx.level.id, s.moving, s.offset[0], s.offset[1]);
        if (moved.overlap) return { state: IDLE, effects: [{ type: 'cancel' }, { type: 'notice', message: `Put back: it would overlap ${moved.overlap}; rooms may touch but not overlap.` }] };
        return { state: IDLE, effects: [{ type: 'commit', commands: moved.commands }] };
      }
      case 'dragging-vertex': {
        const base = levelOf(ctx.base, ctx.level.id);
        const o = sceneObject({ ...ctx, plan: ctx.base, level: base }, s.target);
        if (!o || !('polygon' in o)) return { state: IDLE, effects: [{ type: 'cancel' }] };
        const polygon = o.polygon.map((p, i) => (i === s.index ? s.to : p));
        const what = s.target.kind === 'room' ? 'the room' : 'the outline';
        const overlap = s.target.kind === 'room' && overlappingRoom(base, polygon, new Set([o.id]));
        const problem = checkPolygon(polygon, '', what)[0]?.message ?? (overlap ? 'it would overlap another room' : null);
        if (problem) return { state: IDLE, effects: [{ type: 'cancel' }, { type: 'notice', message: `Corner put back: ${problem}.` }] };
        return { state: IDLE, effects: [{ type: 'commit', commands: [{ op: 'moveVertex', ref: s.target, index: s.index, to: s.to }] }] };
      }
      default:
        return same(IDLE);
    }
  },

  keyDown(s, e, ctx) {
    return s.name === 'idle' ? editKey(s, e, ctx) : null;
  },

  cancel(s, ctx) {
    switch (s.name) {
      case 'dragging':
      case 'dragging-vertex':
        return { state: IDLE, effects: [{ type: 'cancel' }] };
      case 'brushing':
        return { state: IDLE, effects: [{ type: 'select', keys: s.base }] };
      case 'idle':
        return ctx.selection.length ? { state: IDLE, effects: [{ type: 'select', keys: [] }] } : null;
      default:
        return same(IDLE);
    }
  },

  overlay(s, ctx): Overlay {
    if (s.name === 'brushing') {
      const b = boxOf(s.origin, s.current);
      return [{ type: 'polygon', points: [[b.minX, b.minY], [b.maxX, b.minY], [b.maxX, b.maxY], [b.minX, b.maxY]], style: 'brush' }];
    }
    if (s.name === 'dragging-vertex') return [{ type: 'snap', at: s.to, kind: 'vertex' }];
    if (s.name === 'dragging') {
      const box = sceneBBox(ctx, s.moving);
      return Number.isFinite(box.minX) ? [{ type: 'label', at: [(box.minX + box.maxX) / 2, box.minY - 10 / ctx.scale], text: `moved ${Math.round(s.offset[0] * 100) / 100}", ${Math.round(s.offset[1] * 100) / 100}"` }] : [];
    }
    return [];
  },

  hint(s) {
    switch (s.name) {
      case 'dragging':
        return 'Moving · Esc puts it back · Alt: no snapping';
      case 'dragging-vertex':
        return 'Reshaping · Esc puts the corner back';
      case 'brushing':
        return 'Selecting everything inside the box';
      default:
        return 'Click to select · Shift-click to add · drag to move · Del deletes · Ctrl+D duplicates · Q/E turn · F/H flip a door';
    }
  },
};
