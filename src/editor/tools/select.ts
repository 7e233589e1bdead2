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
import { closestPointOnSegment } from '../../geometry/segments.ts';
import { boxOf } from '../geom/hit.ts';
import { overlappingRoom } from '../geom/overlap.ts';
import { allInScene, sceneBBox, sceneHit, sceneInBox, sceneObject, selectedInScene, siteRings } from '../geom/scene.ts';
import { GRID_MINOR, snapOffset, snapPoint, type SnapContext } from '../geom/snap.ts';
import { applyCommands, type DocCommand } from '../model/commands.ts';
import { duplicate } from './duplicate.ts';
import { isSiteKind, isSitePolygonKind, refKey, type ObjectRef, type RefKey } from '../model/refs.ts';
import type { Overlay } from './overlay.ts';
import { same, type Effect, type KeyInput, type Tool, type ToolContext, type ToolResult } from './types.ts';

/** A corner of the selected outline that Delete removes: under the pointer, or the one last dragged. */
export type CornerRef = { readonly target: ObjectRef; readonly index: number; readonly grabbed: boolean };

export type SelectState =
  | { readonly name: 'idle'; readonly corner?: CornerRef }
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

/** The edge of the single selected outline under the pointer (not at a corner), and the point on it. */
function edgeUnder(ctx: ToolContext, p: Point): { target: ObjectRef; index: number; at: Point } | null {
  const refs = selectedOnLevel(ctx);
  if (refs.length !== 1 || !reshapeable(refs[0]!)) return null;
  const o = sceneObject(ctx, refs[0]!);
  if (!o || !('polygon' in o)) return null;
  const ring = o.polygon;
  let best: { target: ObjectRef; index: number; at: Point } | null = null;
  let bestDist = HANDLE_PIXELS / ctx.scale;
  for (let i = 0; i < ring.length; i++) {
    const q = closestPointOnSegment(p, ring[i]!, ring[(i + 1) % ring.length]!);
    const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (d <= bestDist) {
      bestDist = d;
      best = { target: refs[0]!, index: i, at: q };
    }
  }
  return best;
}

/** Why `polygon` cannot be the target's new outline, or null. */
function outlineProblem(ctx: ToolContext, target: ObjectRef, polygon: readonly Point[]): string | null {
  const what = target.kind === 'room' ? 'the room' : 'the outline';
  const overlap = target.kind === 'room' && overlappingRoom(levelOf(ctx.base, ctx.level.id), polygon, new Set([target.id]));
  return checkPolygon(polygon, '', what)[0]?.message ?? (overlap ? 'it would overlap another room' : null);
}

const tidy = (n: number) => Math.round(n * 1000) / 1000 + 0;

/** Double-click on an edge of the selected outline: a corner there (snapped along the edge), one undo step. */
function insertVertex(ctx: ToolContext, p: Point, alt: boolean): ToolResult<SelectState> | null {
  const edge = edgeUnder(ctx, p);
  if (!edge) return null;
  const o = sceneObject(ctx, edge.target);
  if (!o || !('polygon' in o)) return null;
  const ring = o.polygon;
  const a = ring[edge.index]!;
  const b = ring[(edge.index + 1) % ring.length]!;
  const snapped = snapPoint(edge.at, snapContext(ctx, [edge.target], alt)).point;
  const q = closestPointOnSegment(snapped, a, b);
  const at: Point = [tidy(q[0]), tidy(q[1])];
  if (Math.hypot(at[0] - a[0], at[1] - a[1]) < 0.5 || Math.hypot(at[0] - b[0], at[1] - b[1]) < 0.5) {
    return { state: IDLE, effects: [{ type: 'notice', message: 'No corner added: there is one there already.' }] };
  }
  const polygon = [...ring.slice(0, edge.index + 1), at, ...ring.slice(edge.index + 1)].map((v): [number, number] => [v[0], v[1]]);
  const corner: CornerRef = { target: edge.target, index: edge.index + 1, grabbed: true };
  return { state: { name: 'idle', corner }, effects: [{ type: 'commit', commands: [{ op: 'update', ref: edge.target, patch: { polygon } }] }] };
}

/** Delete with a corner under the pointer: the corner goes, if the outline keeps 3 corners and stays simple. */
function removeVertex(ctx: ToolContext, corner: CornerRef): ToolResult<SelectState> | null {
  const refs = selectedOnLevel(ctx);
  if (refs.length !== 1 || refKey(refs[0]!) !== refKey(corner.target)) return null;
  const o = sceneObject(ctx, corner.target);
  if (!o || !('polygon' in o) || corner.index >= o.polygon.length) return null;
  if (o.polygon.length <= 3) return { state: { name: 'idle', corner }, effects: [{ type: 'notice', message: 'Corner kept: an outline needs at least 3 corners.' }] };
  const polygon = o.polygon.filter((_, i) => i !== corner.index).map((q): [number, number] => [q[0], q[1]]);
  const problem = outlineProblem(ctx, corner.target, polygon);
  if (problem) return { state: { name: 'idle', corner }, effects: [{ type: 'notice', message: `Corner kept: ${problem}.` }] };
  return { state: IDLE, effects: [{ type: 'commit', commands: [{ op: 'update', ref: corner.target, patch: { polygon } }] }] };
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
  if ((key === 'Delete' || key === 'Backspace') && !e.ctrl && s.name === 'idle' && s.corner) {
    const removed = removeVertex(ctx, s.corner);
    if (removed) return removed;
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
  description: 'Select and move: click, Shift-click or drag a box; drag to move; drag a corner of a selected room to reshape it; double-click its edge to add a corner; Delete with the pointer on a corner removes it.',
  initial: () => IDLE,

  pointerDown(s, e, ctx) {
    if (e.button !== 0) return same(s);
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
        const problem = outlineProblem(ctx, s.target, polygon);
        const grabbed: SelectState = { name: 'idle', corner: { target: s.target, index: s.index, grabbed: true } };
        if (problem) return { state: grabbed, effects: [{ type: 'cancel' }, { type: 'notice', message: `Corner put back: ${problem}.` }] };
        return { state: grabbed, effects: [{ type: 'commit', commands: [{ op: 'moveVertex', ref: s.target, index: s.index, to: s.to }] }] };
      }
      case 'pointing-vertex':
        return same({ name: 'idle', corner: { target: s.target, index: s.index, grabbed: true } });
      default:
        return same(IDLE);
    }
  },

  doubleClick(s, e, ctx) {
    if (s.name !== 'idle' || e.button !== 0 || e.shift || vertexUnder(ctx, e.point)) return same(s);
    return insertVertex(ctx, e.point, e.alt) ?? same(s);
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
        return 'Click to select · Shift-click to add · drag to move · Del deletes (a corner under the pointer: that corner) · double-click an edge adds a corner · Ctrl+D duplicates · Q/E turn · Shift+R turns rooms · F/H flip a door';
    }
  },
};
