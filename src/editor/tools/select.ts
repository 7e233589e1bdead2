/**
 * Select (V): click, Shift-click, drag a box; drag to move (the whole drag is one undo step, Esc puts it back);
 * drag a corner of a selected room to reshape it; Delete, Ctrl+D duplicate, Q/E turn items, F/H flip a door's
 * swing/hinge, arrow keys nudge. In the Site view the same gestures pick and move the site's objects (a play area's,
 * surface's, pool's or obstacle's corners reshape it; Q/E turn equipment and outlines).
 *
 *   idle ──down on object──▶ pointing ──move──▶ dragging ──up──▶ idle (one commit)
 *   idle ──down on nothing──▶ pointing ──move──▶ brushing ──up──▶ idle
 *   idle ──down on a corner of the selected room──▶ pointing-vertex ──move──▶ dragging-vertex ──up──▶ idle
 *   idle ──down on an end of the selected door or window──▶ pointing-jamb ──move──▶ dragging-jamb ──up──▶ idle
 */
import type { Point } from '../../geometry/types.ts';
import { isDevice } from '../../model/defaults.ts';
import type { Plan } from '../../model/schema.ts';
import { reresolveDoors, withAttached } from '../geom/attached.ts';
import { boxOf } from '../geom/hit.ts';
import { overlappingRoom } from '../geom/overlap.ts';
import { allInScene, sceneBBox, sceneHit, sceneInBox, sceneObject, selectedInScene } from '../geom/scene.ts';
import { GRID_MINOR, snapOffset, snapPoint } from '../geom/snap.ts';
import type { SlideOptions } from '../geom/slideOpening.ts';
import { wallReach } from '../geom/walls.ts';
import { applyCommands, type DocCommand } from '../model/commands.ts';
import { selectionDimensions } from './dimensions.ts';
import { duplicate } from './duplicate.ts';
import { isSiteKind, isSitePolygonKind, refKey, type ObjectRef, type RefKey } from '../model/refs.ts';
import { moveCommands } from './moveSelection.ts';
import type { Overlay } from './overlay.ts';
import { edgeUnder, insertVertex, moveCorner, removeVertex, vertexUnder, type CornerRef } from './selectCorners.ts';
import { jambCommand, jambUnder, type JambRef } from './selectJamb.ts';
import { selectSnap } from './selectSnap.ts';
import { same, type Effect, type KeyInput, type Tool, type ToolContext, type ToolResult } from './types.ts';

export type SelectState =
  | { readonly name: 'idle'; readonly corner?: CornerRef }
  | { readonly name: 'pointing'; readonly origin: Point; readonly hit: RefKey | null; readonly shift: boolean; readonly collapseTo: RefKey | null }
  /** `offset`: the snapped move of what is translated; `pointer`: the pointer's own move, which doors and windows follow along their walls. */
  | { readonly name: 'dragging'; readonly origin: Point; readonly moving: readonly ObjectRef[]; readonly anchor: Point; readonly offset: Point; readonly pointer: Point }
  | { readonly name: 'brushing'; readonly origin: Point; readonly current: Point; readonly base: readonly RefKey[] }
  /** `target`: the room, or the site outline, whose corner is dragged. */
  | { readonly name: 'pointing-vertex' | 'dragging-vertex'; readonly target: ObjectRef; readonly index: number; readonly origin: Point; readonly to: Point }
  /** An end of the selected door or window, dragged along its wall to resize it. */
  | { readonly name: 'pointing-jamb' | 'dragging-jamb'; readonly jamb: JambRef; readonly origin: Point; readonly to: Point };

const IDLE: SelectState = { name: 'idle' };
const DRAG_PIXELS = 3;

/** The selection's objects in the scene on screen (the level's, or the site's in the Site view). */
const selectedOnLevel = (ctx: ToolContext): ObjectRef[] => selectedInScene(ctx);

const levelOf = (plan: Plan, id: string) => plan.levels.find((l) => l.id === id)!;
const tidy = (n: number) => Math.round(n * 1000) / 1000 + 0;

/** A dragged door or window finds another wall as the door tool does; Alt: no rounding of the slide. */
const dragSlide = (ctx: ToolContext, alt: boolean): SlideOptions => ({ step: alt ? 0 : GRID_MINOR, reach: wallReach(ctx.scale) });
/** A dragged door or window end moves in whole inches (Alt: freely). */
const JAMB_STEP = 1;
/** Arrow keys slide an opening along its own wall only. */
const NUDGE_SLIDE: SlideOptions = { step: 0, reach: null };

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

/** Shift+R: the selected rooms turn 90° clockwise about the selection's centre, with their doors, windows and items. */
function rotateRooms(s: SelectState, ctx: ToolContext, refs: readonly ObjectRef[]): ToolResult<SelectState> {
  const rooms = refs.filter((r) => r.kind === 'room');
  if (ctx.siteView || rooms.length === 0) return { state: s, effects: [{ type: 'notice', message: 'Shift+R turns the selected rooms; select a room first.' }] };
  const level = levelOf(ctx.plan, ctx.level.id);
  const moving = withAttached(level, rooms, 'move');
  const box = sceneBBox(ctx, rooms);
  // The centre on the half-inch grid, so corners on whole inches stay on whole inches.
  const cx = Math.round((box.minX + box.maxX) / 2);
  const cy = Math.round((box.minY + box.maxY) / 2);
  const turn = (p: Point): [number, number] => [tidy(cx - (p[1] - cy)), tidy(cy + (p[0] - cx))];
  const keys = new Set(moving.map(refKey));
  const has = (kind: ObjectRef['kind'], id: string) => keys.has(refKey({ kind, id } as ObjectRef));
  const commands: DocCommand[] = [];
  for (const r of level.rooms) if (has('room', r.id)) commands.push({ op: 'update', ref: { kind: 'room', id: r.id }, patch: { polygon: r.polygon.map(turn) } });
  for (const d of level.doors) if (has('door', d.id)) commands.push({ op: 'update', ref: { kind: 'door', id: d.id }, patch: { a: turn(d.a), b: turn(d.b) } });
  for (const w of level.windows) if (has('window', w.id)) commands.push({ op: 'update', ref: { kind: 'window', id: w.id }, patch: { a: turn(w.a), b: turn(w.b) } });
  for (const i of level.items) if (has('item', i.id)) commands.push({ op: 'update', ref: { kind: 'item', id: i.id }, patch: { at: turn(i.at) } });
  const itemRefs = moving.filter((r) => r.kind === 'item');
  if (itemRefs.length) commands.push({ op: 'rotate', refs: itemRefs, by: 90 });
  const movedRooms = new Set(rooms.map((r) => r.id));
  const after = applyCommands(ctx.plan, commands);
  const afterLevel = levelOf(after, ctx.level.id);
  for (const room of afterLevel.rooms) {
    if (!movedRooms.has(room.id)) continue;
    const overlap = overlappingRoom(afterLevel, room.polygon, movedRooms);
    if (overlap) return { state: s, effects: [{ type: 'notice', message: `Not turned: it would overlap ${overlap}; rooms may touch but not overlap.` }] };
  }
  return { state: s, effects: [{ type: 'commit', commands: [...commands, ...reresolveDoors(after, ctx.level.id, movedRooms)] }] };
}

function editKey(s: SelectState, e: KeyInput, ctx: ToolContext): ToolResult<SelectState> | null {
  const refs = selectedOnLevel(ctx);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const commit = (commands: DocCommand[], extra: Effect[] = []): ToolResult<SelectState> => ({ state: s, effects: [{ type: 'commit', commands }, ...extra] });

  if (key === 'a' && e.ctrl) return { state: s, effects: [{ type: 'select', keys: allInScene(ctx) }] };
  if (refs.length === 0) return null;
  if ((key === 'Delete' || key === 'Backspace') && !e.ctrl && s.name === 'idle' && s.corner) {
    const removed = removeVertex(ctx, s.corner);
    if (removed) return { state: removed.corner ? { name: 'idle', corner: removed.corner } : IDLE, effects: removed.effects };
  }
  if (key === 'r' && e.shift && !e.ctrl && !e.alt) return rotateRooms(s, ctx, refs);
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
    const d: Point = [dir[0] * step, dir[1] * step];
    const moved = moveCommands(ctx.plan, ctx.level.id, withAttached(ctx.level, refs, 'move'), d, d, NUDGE_SLIDE, true);
    if (moved.overlap) return { state: s, effects: [{ type: 'notice', message: `Not moved: it would overlap ${moved.overlap}.` }] };
    return commit(moved.commands);
  }
  return null;
}

export const selectTool: Tool<SelectState> = {
  id: 'select',
  label: 'Select',
  shortcut: 'V',
  description: 'Select and move: click, Shift-click or drag a box; drag to move (a door or window slides along its wall; drag one of its ends to resize it); drag a corner of a selected room to reshape it; double-click its edge to add a corner; Delete with the pointer on a corner removes it.',
  initial: () => IDLE,

  pointerDown(s, e, ctx) {
    if (e.button !== 0) return same(s);
    const jamb = e.shift ? null : jambUnder(ctx, e.point);
    if (jamb) return same({ name: 'pointing-jamb', jamb, origin: e.point, to: e.point });
    const vertex = vertexUnder(ctx, e.point);
    if (vertex && !e.shift) return same({ name: 'pointing-vertex', target: vertex.target, index: vertex.index, origin: vertex.at, to: vertex.at });
    // Just outside the selected outline's edge still counts as on it (a double-click there adds a corner).
    const edge = e.shift ? null : edgeUnder(ctx, e.point);
    const hit = sceneHit(ctx, e.point) ?? edge?.target ?? null;
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
      case 'idle': {
        const v = vertexUnder(ctx, e.point);
        const corner = v ? { target: v.target, index: v.index, grabbed: false } : s.corner?.grabbed ? s.corner : undefined;
        if (corner?.index === s.corner?.index && corner?.target.id === s.corner?.target.id && corner?.grabbed === s.corner?.grabbed) return same(s);
        return same(corner ? { name: 'idle', corner } : IDLE);
      }
      case 'pointing': {
        if (!far(s.origin)) return same(s);
        if (s.hit === null) return selectTool.pointerMove!({ name: 'brushing', origin: s.origin, current: s.origin, base: s.shift ? ctx.selection : [] }, e, ctx);
        const refs = selectedOnLevel(ctx);
        if (refs.length === 0) return same(IDLE);
        const moving = withAttached(ctx.level, refs, 'move');
        return selectTool.pointerMove!({ name: 'dragging', origin: s.origin, moving, anchor: anchorOf(ctx, refs), offset: [0, 0], pointer: [0, 0] }, e, ctx);
      }
      case 'dragging': {
        const raw: Point = [e.point[0] - s.origin[0], e.point[1] - s.origin[1]];
        const offset = e.alt ? raw : snapOffset(s.anchor, raw[0], raw[1], selectSnap(ctx, s.moving, false));
        const moved = moveCommands(ctx.base, ctx.level.id, s.moving, offset, raw, dragSlide(ctx, e.alt), false);
        return { state: { ...s, offset, pointer: raw }, effects: [{ type: 'preview', commands: moved.commands }] };
      }
      case 'brushing': {
        const found = sceneInBox(ctx, boxOf(s.origin, e.point)).map(refKey);
        const keys = [...new Set([...s.base, ...found])];
        return { state: { ...s, current: e.point }, effects: [{ type: 'select', keys }] };
      }
      case 'pointing-jamb':
      case 'dragging-jamb': {
        if (s.name === 'pointing-jamb' && !far(s.origin)) return same(s);
        const c = jambCommand(ctx, s.jamb, e.point, e.alt ? 0 : JAMB_STEP);
        return { state: { ...s, name: 'dragging-jamb', to: e.point }, effects: [{ type: 'preview', commands: c ? [c] : [] }] };
      }
      case 'pointing-vertex':
      case 'dragging-vertex': {
        if (s.name === 'pointing-vertex' && !far(s.origin)) return same(s);
        const to = snapPoint(e.point, selectSnap(ctx, [s.target], e.alt)).point;
        // The walls' doors and windows follow the corner; where the outline cannot be, the corner alone is shown there.
        const moved = moveCorner(ctx, s.target, s.index, to, false);
        const commands: DocCommand[] = moved.ok ? moved.commands : [{ op: 'moveVertex', ref: s.target, index: s.index, to }];
        return { state: { ...s, name: 'dragging-vertex', to }, effects: [{ type: 'preview', commands }] };
      }
    }
  },

  pointerUp(s, e, ctx) {
    switch (s.name) {
      case 'pointing':
        if (s.hit === null && !s.shift) return { state: IDLE, effects: [{ type: 'select', keys: [] }] };
        if (s.collapseTo) return { state: IDLE, effects: [{ type: 'select', keys: [s.collapseTo] }] };
        return same(IDLE);
      case 'dragging': {
        const moved = moveCommands(ctx.base, ctx.level.id, s.moving, s.offset, s.pointer, dragSlide(ctx, e.alt), true);
        if (moved.overlap) return { state: IDLE, effects: [{ type: 'cancel' }, { type: 'notice', message: `Put back: it would overlap ${moved.overlap}; rooms may touch but not overlap.` }] };
        return { state: IDLE, effects: [{ type: 'commit', commands: moved.commands }] };
      }
      case 'dragging-vertex': {
        const moved = moveCorner(ctx, s.target, s.index, s.to);
        const grabbed: SelectState = { name: 'idle', corner: { target: s.target, index: s.index, grabbed: true } };
        if (!moved.ok) return { state: grabbed, effects: [{ type: 'cancel' }, { type: 'notice', message: `Corner put back: ${moved.problem}.` }] };
        return { state: grabbed, effects: [{ type: 'commit', commands: moved.commands }] };
      }
      case 'pointing-vertex':
        return same({ name: 'idle', corner: { target: s.target, index: s.index, grabbed: true } });
      case 'dragging-jamb': {
        const c = jambCommand(ctx, s.jamb, e.point, e.alt ? 0 : JAMB_STEP);
        return { state: IDLE, effects: [{ type: 'commit', commands: c ? [c] : [] }] };
      }
      default:
        return same(IDLE);
    }
  },

  doubleClick(s, e, ctx) {
    if (s.name !== 'idle' || e.button !== 0 || e.shift || vertexUnder(ctx, e.point)) return same(s);
    const added = insertVertex(ctx, e.point, e.alt);
    return added ? { state: added.corner ? { name: 'idle', corner: added.corner } : IDLE, effects: added.effects } : same(s);
  },

  keyDown(s, e, ctx) {
    return s.name === 'idle' ? editKey(s, e, ctx) : null;
  },

  cancel(s, ctx) {
    switch (s.name) {
      case 'dragging':
      case 'dragging-vertex':
      case 'dragging-jamb':
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
    // The selection's lengths stay on screen, following a drag or a reshape as it happens.
    const dims = selectionDimensions(ctx);
    if (s.name === 'dragging-vertex') return [{ type: 'snap', at: s.to, kind: 'vertex' }, ...dims];
    if (s.name === 'dragging') {
      const box = sceneBBox(ctx, s.moving);
      return Number.isFinite(box.minX) ? [...dims, { type: 'label', at: [(box.minX + box.maxX) / 2, box.minY - 10 / ctx.scale], text: `moved ${Math.round(s.offset[0] * 100) / 100}", ${Math.round(s.offset[1] * 100) / 100}"` }] : dims;
    }
    return dims;
  },

  hint(s) {
    switch (s.name) {
      case 'dragging':
        return 'Moving · Esc puts it back · Alt: no snapping';
      case 'dragging-vertex':
        return 'Reshaping · Esc puts the corner back';
      case 'dragging-jamb':
        return 'Resizing along the wall · Esc puts it back · Alt: not in whole inches';
      case 'brushing':
        return 'Selecting everything inside the box';
      default:
        return 'Click to select · Shift-click to add · drag to move · Del deletes (a corner under the pointer: that corner) · double-click an edge adds a corner · Ctrl+D duplicates · Q/E turn · Shift+R turns rooms · F/H flip a door';
    }
  },
};
