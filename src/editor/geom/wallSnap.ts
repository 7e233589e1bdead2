/**
 * Snapping a room to its neighbours' walls at the chosen wall thickness (5" interior by default). Rooms are drawn by
 * their inside faces, so the wall is the gap between two rooms: the line that lies `thickness` outside each face of
 * the other rooms attracts the pointer (and a moving room's corners), and a room drawn or moved beside another leaves
 * exactly one wall between their faces. With a thickness of 0 the faces themselves attract (rooms that touch).
 */
import type { Point } from '../../geometry/types.ts';
import type { Level } from '../../model/schema.ts';

/** A face of a room pushed `thickness` outward: where the face of a room on the other side of that wall lies. */
export interface WallLine {
  readonly room: string;
  readonly s: Point;
  readonly e: Point;
  /** Unit vector along the face, s → e. */
  readonly u: Point;
  /** Unit normal, pointing away from the room. */
  readonly n: Point;
  readonly len: number;
  /** The wall's thickness: the face itself lies this far back across the line. */
  readonly t: number;
}

const cache = new WeakMap<Level, Map<number, WallLine[]>>();

/** Twice the signed area: its sign tells which side of each edge the room is on. */
function orientation(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    sum += p[0] * q[1] - q[0] * p[1];
  }
  return sum;
}

/** Every face of every room of the level, pushed out by `thickness` (cached per level object and thickness). */
export function wallLines(level: Level, thickness: number): readonly WallLine[] {
  let byThickness = cache.get(level);
  if (!byThickness) cache.set(level, (byThickness = new Map()));
  const hit = byThickness.get(thickness);
  if (hit) return hit;
  const lines = linesOf(level.rooms.map((r) => ({ id: r.id, polygon: r.polygon })), thickness);
  byThickness.set(thickness, lines);
  return lines;
}

/** The faces of these outlines pushed out by `thickness`. */
export function linesOf(rooms: readonly { readonly id: string; readonly polygon: readonly Point[] }[], thickness: number): WallLine[] {
  const lines: WallLine[] = [];
  for (const room of rooms) {
    const ring = room.polygon;
    // With y down, a ring of positive signed area has its inside on the left of each edge.
    const outwardSign = orientation(ring) > 0 ? -1 : 1;
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len < 1e-9) continue;
      const u: Point = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
      const n: Point = [-u[1] * outwardSign, u[0] * outwardSign];
      lines.push({ room: room.id, u, n, len, t: thickness, s: [a[0] + n[0] * thickness, a[1] + n[1] * thickness], e: [b[0] + n[0] * thickness, b[1] + n[1] * thickness] });
    }
  }
  return lines;
}

/** Inches past either end of a face that still count as beside it (a room lined up with the face's end). */
const END_SLACK = 0.5;
const beside = (line: WallLine, along: number) => along >= -END_SLACK && along <= line.len + END_SLACK;

/** Distance from `p` across the line (positive outward), and how far along it p's foot falls (0 … len on the face). */
function place(line: WallLine, p: Point): { across: number; along: number } {
  const dx = p[0] - line.s[0];
  const dy = p[1] - line.s[1];
  return { across: dx * line.n[0] + dy * line.n[1], along: dx * line.u[0] + dy * line.u[1] };
}

/**
 * How far a point `across` from a line is from its wall: 0 anywhere in the wall itself (between the face and the
 * line), so a pointer put down in the wall, even right on the neighbour's face, means "the far side of this wall".
 */
const fromWall = (line: WallLine, across: number) => (across > 0 ? across : across < -line.t ? -line.t - across : 0);

/** The lines within `tolerance` of `p` or of their wall (beside the face, not past its ends: there the next face's line decides), nearest first. */
export function linesNear(lines: readonly WallLine[], p: Point, tolerance: number, ignore?: ReadonlySet<string>): { line: WallLine; d: number }[] {
  const found: { line: WallLine; d: number }[] = [];
  for (const line of lines) {
    if (ignore?.has(line.room)) continue;
    const { across, along } = place(line, p);
    const d = fromWall(line, across);
    if (d <= tolerance && beside(line, along)) found.push({ line, d });
  }
  return found.sort((x, y) => x.d - y.d);
}

const round = (n: number) => Math.round(n * 1e6) / 1e6 + 0;

/** Where two lines cross, or null when they are (nearly) parallel. */
function crossing(l1: WallLine, l2: WallLine): Point | null {
  const det = l1.u[0] * l2.u[1] - l1.u[1] * l2.u[0];
  if (Math.abs(det) < 1e-6) return null;
  const dx = l2.s[0] - l1.s[0];
  const dy = l2.s[1] - l1.s[1];
  const t = (dx * l2.u[1] - dy * l2.u[0]) / det;
  return [l1.s[0] + l1.u[0] * t, l1.s[1] + l1.u[1] * t];
}

/**
 * The pointer on a neighbour's wall line: at the corner of two such lines when it is near both (a room set into the
 * notch between two rooms), else on the nearest line, with its distance along the line on the grid (so, beside a
 * straight wall, the other coordinate still snaps to the grid).
 */
export function snapToWallLines(lines: readonly WallLine[], p: Point, tolerance: number, grid: number, ignore?: ReadonlySet<string>): { point: Point; d: number } | null {
  const near = linesNear(lines, p, tolerance, ignore);
  if (!near[0]) return null;
  const { line: first, d } = near[0];
  for (const { line: other } of near.slice(1)) {
    const c = crossing(first, other);
    // Only where both walls really are: not the corner two lines would make past the ends of their faces.
    const near = c && Math.hypot(c[0] - p[0], c[1] - p[1]) <= tolerance * 1.5 + first.t + other.t;
    if (c && near && beside(first, place(first, c).along) && beside(other, place(other, c).along)) return { point: [round(c[0]), round(c[1])], d };
  }
  return { point: onLine(first, p, grid), d };
}

/** The foot of `p` on the line, its distance along the line on the grid. */
function onLine(first: WallLine, p: Point, grid: number): Point {
  const { across, along } = place(first, p);
  // Along the line, the grid of the plan (not of the line's own start) decides: round the coordinate the line runs in.
  const foot: Point = [p[0] - first.n[0] * across, p[1] - first.n[1] * across];
  if (grid <= 0) return [round(foot[0]), round(foot[1])];
  const axisAligned = Math.abs(first.u[0]) < 1e-9 || Math.abs(first.u[1]) < 1e-9;
  if (axisAligned) {
    return Math.abs(first.u[0]) < 1e-9 ? [round(foot[0]), Math.round(foot[1] / grid) * grid + 0] : [Math.round(foot[0] / grid) * grid + 0, round(foot[1])];
  }
  const t = Math.round(along / grid) * grid;
  return [round(first.s[0] + first.u[0] * t), round(first.s[1] + first.u[1] * t)];
}

/**
 * For a move: the smallest push that leaves exactly a wall between a moving room and a neighbour, as a unit normal
 * and a signed distance along it; null when none is within `tolerance`. Either a moving corner comes near a
 * neighbour's wall line, or a neighbour's corner near a moving room's (a big room slid beside a small one).
 */
export function wallPush(
  lines: readonly WallLine[],
  moved: readonly { readonly id: string; readonly polygon: readonly Point[] }[],
  neighbours: readonly (readonly Point[])[],
  thickness: number,
  tolerance: number,
  ignore?: ReadonlySet<string>,
): { n: Point; d: number } | null {
  let best: { n: Point; d: number } | null = null;
  let bestFrom = Infinity;
  const consider = (line: WallLine, c: Point, sign: number) => {
    const { across, along } = place(line, c);
    const from = fromWall(line, across);
    if (from > tolerance || !beside(line, along)) return;
    if (from < bestFrom || (from === bestFrom && best && Math.abs(across) < Math.abs(best.d))) [best, bestFrom] = [{ n: line.n, d: sign * across }, from];
  };
  for (const room of moved) for (const c of room.polygon) for (const line of lines) if (!ignore?.has(line.room)) consider(line, c, -1);
  const own = linesOf(moved, thickness);
  for (const ring of neighbours) for (const c of ring) for (const line of own) consider(line, c, 1);
  return best;
}
