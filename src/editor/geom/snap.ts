/**
 * Snapping a pointer to what the user most likely means: a room corner nearby, or a neighbour's wall at the chosen
 * thickness (whichever is nearer), else a 15° ray from the point being drawn from, else the 6" grid. Holding Alt
 * turns it off. Tolerances are in screen pixels turned to inches, so a snap feels the same at every zoom.
 */
import { closestPointOnSegment, distance } from '../../geometry/segments.ts';
import type { Point } from '../../geometry/types.ts';
import type { Level } from '../../model/schema.ts';
import { snapToWallLines, wallLines, wallPush } from './wallSnap.ts';

export const GRID_MINOR = 6;
export const GRID_MAJOR = 12;
export const ANGLE_STEP = 15;
/** Screen pixels within which a corner or wall face pulls the pointer. */
export const SNAP_PIXELS = 8;

export type SnapKind = 'vertex' | 'wall' | 'angle' | 'grid' | 'none';

export interface Snapped {
  readonly point: Point;
  readonly kind: SnapKind;
}

export interface SnapContext {
  readonly level: Level;
  /** Pixels per inch: turns SNAP_PIXELS into inches. */
  readonly scale: number;
  /** Alt held: the point as it is. */
  readonly disabled?: boolean;
  /** The point being drawn from (polygon, measure): rays at 15° steps from it. */
  readonly anchor?: Point | null;
  /** Room ids whose corners do not attract (the room being moved). */
  readonly ignoreRooms?: ReadonlySet<string>;
  readonly grid?: number;
  /** More outlines whose corners attract (the site's polygons, in the Site view). */
  readonly rings?: readonly (readonly Point[])[];
  /** Wall thickness (inches): the lines this far outside the other rooms' faces attract. Absent: walls do not. */
  readonly wall?: number | null;
  /** For a move: the rooms that move, as they were before it; they line up a wall away from the others. */
  readonly moving?: readonly { readonly id: string; readonly polygon: readonly Point[] }[];
}

export const snapToGrid = (p: Point, grid = GRID_MINOR): Point => [Math.round(p[0] / grid) * grid + 0, Math.round(p[1] / grid) * grid + 0];

/** The nearest room corner (or corner of one of `rings`) within `tolerance` inches, if any. */
export function nearestVertex(level: Level, p: Point, tolerance: number, ignore?: ReadonlySet<string>, rings: readonly (readonly Point[])[] = []): Point | null {
  let best: Point | null = null;
  let bestD = tolerance;
  const visit = (ring: readonly Point[]) => {
    for (const v of ring) {
      const d = Math.abs(v[0] - p[0]) + Math.abs(v[1] - p[1]) < bestD * 2 ? distance(v, p) : Infinity;
      if (d <= bestD) [best, bestD] = [v, d];
    }
  };
  for (const room of level.rooms) if (!ignore?.has(room.id)) visit(room.polygon);
  for (const ring of rings) visit(ring);
  return best;
}

/** The nearest point on a room's wall face within `tolerance` inches, if any. */
export function nearestFacePoint(level: Level, p: Point, tolerance: number, ignore?: ReadonlySet<string>): Point | null {
  let best: Point | null = null;
  let bestD = tolerance;
  for (const room of level.rooms) {
    if (ignore?.has(room.id)) continue;
    const ring = room.polygon;
    for (let i = 0; i < ring.length; i++) {
      const q = closestPointOnSegment(p, ring[i]!, ring[(i + 1) % ring.length]!);
      const d = distance(p, q);
      if (d <= bestD) [best, bestD] = [q, d];
    }
  }
  return best;
}

/** The point on the nearest 15° ray from `anchor`, its distance rounded to the grid. */
export function snapAngle(anchor: Point, p: Point, grid = GRID_MINOR, step = ANGLE_STEP): Point {
  const dx = p[0] - anchor[0];
  const dy = p[1] - anchor[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return anchor;
  const angle = Math.round(Math.atan2(dy, dx) / ((step * Math.PI) / 180)) * ((step * Math.PI) / 180);
  const d = Math.max(grid, Math.round(len / grid) * grid);
  const round = (n: number) => Math.round(n * 1e6) / 1e6 + 0;
  return [round(anchor[0] + Math.cos(angle) * d), round(anchor[1] + Math.sin(angle) * d)];
}

export function snapPoint(p: Point, ctx: SnapContext): Snapped {
  if (ctx.disabled) return { point: p, kind: 'none' };
  const tolerance = SNAP_PIXELS / ctx.scale;
  const grid = ctx.grid ?? GRID_MINOR;
  const vertex = nearestVertex(ctx.level, p, tolerance, ctx.ignoreRooms, ctx.rings);
  const wall = ctx.wall != null ? snapToWallLines(wallLines(ctx.level, ctx.wall), p, tolerance, grid, ctx.ignoreRooms) : null;
  // A corner nearer than the wall wins; a pointer in the wall itself (between face and line) means the wall.
  if (vertex && (!wall || distance(vertex, p) < wall.d)) return { point: vertex, kind: 'vertex' };
  if (wall) return { point: wall.point, kind: 'wall' };
  if (ctx.anchor) return { point: snapAngle(ctx.anchor, p, grid), kind: 'angle' };
  return { point: snapToGrid(p, grid), kind: 'grid' };
}

/** More moving corners than this and the walls do not pull a move (a whole plan moved has nothing to line up with). */
const MAX_WALL_CORNERS = 64;

const shifted = (rooms: NonNullable<SnapContext['moving']>, dx: number, dy: number) => rooms.map((r) => ({ id: r.id, polygon: r.polygon.map((p): Point => [p[0] + dx, p[1] + dy]) }));

/**
 * Snaps a move: the offset that puts `anchor` (a corner or centre of what moves) on a corner or the grid; and, when
 * a moving room's corner comes near a neighbour's wall line, the push across that line that puts it exactly a wall
 * away (the anchor still decides the move along the wall).
 */
export function snapOffset(anchor: Point, dx: number, dy: number, ctx: SnapContext): [number, number] {
  const moved: Point = [anchor[0] + dx, anchor[1] + dy];
  const s = snapPoint(moved, { ...ctx, anchor: null, wall: null });
  const off: [number, number] = [s.point[0] - anchor[0], s.point[1] - anchor[1]];
  const moving = ctx.moving ?? [];
  const corners = moving.reduce((n, r) => n + r.polygon.length, 0);
  if (ctx.wall == null || ctx.disabled || corners === 0 || corners > MAX_WALL_CORNERS) return off;
  const neighbours = ctx.level.rooms.filter((r) => !ctx.ignoreRooms?.has(r.id)).map((r) => r.polygon);
  const push = wallPush(wallLines(ctx.level, ctx.wall), shifted(moving, dx, dy), neighbours, ctx.wall, SNAP_PIXELS / ctx.scale, ctx.ignoreRooms);
  if (!push) return off;
  const { n, d } = push;
  // Across the wall: the raw move plus the push; along it: the anchor's snapped move.
  const across = dx * n[0] + dy * n[1] + d;
  const along = off[0] * n[0] + off[1] * n[1];
  const r = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
  return [r(off[0] + n[0] * (across - along)), r(off[1] + n[1] * (across - along))];
}
