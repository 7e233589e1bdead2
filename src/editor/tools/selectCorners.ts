/**
 * The Select tool's corner editing of the one selected outline (a room, or a play area, surface, pool or obstacle):
 * find the corner or edge under the pointer, add a corner (double-click an edge), remove one (Delete), and the
 * commands of a corner dragged somewhere else. A room's doors and windows are carried along with their walls; an
 * edit that would leave one off its wall, or the outline crossed or overlapping, is refused with a sentence.
 */
import { closestPointOnSegment } from '../../geometry/segments.ts';
import type { Point } from '../../geometry/types.ts';
import { checkPolygon } from '../../model/geometryRules.ts';
import type { Plan } from '../../model/schema.ts';
import { reresolveDoors } from '../geom/attached.ts';
import { carryOpenings, edgesAfterRemoving, SAME_EDGES, type EdgeMap } from '../geom/carryOpenings.ts';
import { overlappingRoom } from '../geom/overlap.ts';
import { sceneObject, selectedInScene } from '../geom/scene.ts';
import { snapPoint } from '../geom/snap.ts';
import { applyCommands, type DocCommand } from '../model/commands.ts';
import { isSitePolygonKind, refKey, type ObjectRef } from '../model/refs.ts';
import { selectSnap } from './selectSnap.ts';
import type { Effect, ToolContext } from './types.ts';

/** A corner of the selected outline that Delete removes: under the pointer, or the one last dragged. */
export type CornerRef = { readonly target: ObjectRef; readonly index: number; readonly grabbed: boolean };

export const HANDLE_PIXELS = 7;

const levelOf = (plan: Plan, id: string) => plan.levels.find((l) => l.id === id)!;
const tidy = (n: number) => Math.round(n * 1000) / 1000 + 0;

/** Has corners that can be dragged: a room, a play area, a surface, a pool, an obstacle. */
const reshapeable = (ref: ObjectRef) => ref.kind === 'room' || isSitePolygonKind(ref.kind);

/** The one selected outline, if exactly one reshapeable object is selected. */
function selectedOutline(ctx: ToolContext): { target: ObjectRef; ring: readonly Point[] } | null {
  const refs = selectedInScene(ctx);
  if (refs.length !== 1 || !reshapeable(refs[0]!)) return null;
  const o = sceneObject(ctx, refs[0]!);
  return o && 'polygon' in o ? { target: refs[0]!, ring: o.polygon } : null;
}

/** The corner of the single selected outline under the pointer, if any. */
export function vertexUnder(ctx: ToolContext, p: Point): { target: ObjectRef; index: number; at: Point } | null {
  const sel = selectedOutline(ctx);
  if (!sel) return null;
  const index = sel.ring.findIndex((v) => Math.hypot(v[0] - p[0], v[1] - p[1]) * ctx.scale <= HANDLE_PIXELS);
  return index < 0 ? null : { target: sel.target, index, at: sel.ring[index]! };
}

/** The edge of the single selected outline under the pointer (not at a corner), and the point on it. */
export function edgeUnder(ctx: ToolContext, p: Point): { target: ObjectRef; index: number; at: Point } | null {
  const sel = selectedOutline(ctx);
  if (!sel) return null;
  const ring = sel.ring;
  let best: { target: ObjectRef; index: number; at: Point } | null = null;
  let bestDist = HANDLE_PIXELS / ctx.scale;
  for (let i = 0; i < ring.length; i++) {
    const q = closestPointOnSegment(p, ring[i]!, ring[(i + 1) % ring.length]!);
    const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (d <= bestDist) {
      bestDist = d;
      best = { target: sel.target, index: i, at: q };
    }
  }
  return best;
}

export type Reshaped = { readonly ok: true; readonly commands: DocCommand[] } | { readonly ok: false; readonly problem: string };

/**
 * The commands that give `target` the outline `polygon` (from the plan the gesture began on), with its doors and
 * windows carried onto their walls and the doors across found again; or why it cannot have that outline.
 * `check`: false for the preview of a drag, which skips the outline's own checks (the drop makes them).
 */
export function reshape(ctx: ToolContext, target: ObjectRef, polygon: readonly Point[], edges: EdgeMap, check = true): Reshaped {
  const what = target.kind === 'room' ? 'the room' : 'the outline';
  const crossed = check ? checkPolygon(polygon, '', what)[0]?.message : undefined;
  if (crossed) return { ok: false, problem: crossed };
  const outline: DocCommand = { op: 'update', ref: target, patch: { polygon: polygon.map((q): [number, number] => [q[0], q[1]]) } };
  if (target.kind !== 'room') return { ok: true, commands: [outline] };
  const level = levelOf(ctx.base, ctx.level.id);
  if (check && overlappingRoom(level, polygon, new Set([target.id]))) return { ok: false, problem: 'it would overlap another room' };
  const carried = carryOpenings(level, target.id, polygon, edges);
  if (!carried.ok) return { ok: false, problem: carried.message };
  const commands = [outline, ...carried.commands];
  return { ok: true, commands: [...commands, ...reresolveDoors(applyCommands(ctx.base, commands), ctx.level.id, new Set([target.id]))] };
}

/** The outline of `target` on the plan the gesture began on. */
function baseRing(ctx: ToolContext, target: ObjectRef): readonly Point[] | null {
  const o = sceneObject({ ...ctx, plan: ctx.base, level: levelOf(ctx.base, ctx.level.id) }, target);
  return o && 'polygon' in o ? o.polygon : null;
}

/** Corner `index` of `target` dragged to `to` (`check`: false while the drag is in progress). */
export function moveCorner(ctx: ToolContext, target: ObjectRef, index: number, to: Point, check = true): Reshaped {
  const ring = baseRing(ctx, target);
  if (!ring) return { ok: false, problem: 'it is no longer there' };
  return reshape(ctx, target, ring.map((p, i) => (i === index ? to : p)), SAME_EDGES, check);
}

export type CornerResult = { readonly corner: CornerRef | null; readonly effects: Effect[] };

/** Double-click on an edge of the selected outline: a corner there (snapped along the edge), one undo step. */
export function insertVertex(ctx: ToolContext, p: Point, alt: boolean): CornerResult | null {
  const edge = edgeUnder(ctx, p);
  if (!edge) return null;
  const o = sceneObject(ctx, edge.target);
  if (!o || !('polygon' in o)) return null;
  const ring = o.polygon;
  const a = ring[edge.index]!;
  const b = ring[(edge.index + 1) % ring.length]!;
  const snapped = snapPoint(edge.at, selectSnap(ctx, [edge.target], alt)).point;
  const q = closestPointOnSegment(snapped, a, b);
  const at: Point = [tidy(q[0]), tidy(q[1])];
  if (Math.hypot(at[0] - a[0], at[1] - a[1]) < 0.5 || Math.hypot(at[0] - b[0], at[1] - b[1]) < 0.5) {
    return { corner: null, effects: [{ type: 'notice', message: 'No corner added: there is one there already.' }] };
  }
  // A corner in line with its wall moves nothing: the doors and windows on that wall stay where they are.
  const polygon = [...ring.slice(0, edge.index + 1), at, ...ring.slice(edge.index + 1)].map((v): [number, number] => [v[0], v[1]]);
  const corner: CornerRef = { target: edge.target, index: edge.index + 1, grabbed: true };
  return { corner, effects: [{ type: 'commit', commands: [{ op: 'update', ref: edge.target, patch: { polygon } }] }] };
}

/** Delete with a corner under the pointer: the corner goes, if the outline keeps 3 corners, stays simple and keeps its openings. */
export function removeVertex(ctx: ToolContext, corner: CornerRef): CornerResult | null {
  const refs = selectedInScene(ctx);
  if (refs.length !== 1 || refKey(refs[0]!) !== refKey(corner.target)) return null;
  const o = sceneObject(ctx, corner.target);
  if (!o || !('polygon' in o) || corner.index >= o.polygon.length) return null;
  if (o.polygon.length <= 3) return { corner, effects: [{ type: 'notice', message: 'Corner kept: an outline needs at least 3 corners.' }] };
  const polygon = o.polygon.filter((_, i) => i !== corner.index);
  const done = reshape(ctx, corner.target, polygon, edgesAfterRemoving(corner.index, o.polygon.length));
  if (!done.ok) return { corner, effects: [{ type: 'notice', message: `Corner kept: ${done.problem}.` }] };
  return { corner: null, effects: [{ type: 'commit', commands: done.commands }] };
}
