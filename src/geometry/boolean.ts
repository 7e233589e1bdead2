import * as polyclip from 'polyclip-ts';
import { polygonArea } from './area.ts';
import { orient2d, samePoint } from './orient.ts';
import type { MultiPolygon, Point, Polygon, Ring } from './types.ts';

/*
 * Planar boolean ops on top of polyclip-ts (Martinez–Rueda–Feito sweep with BigNumber
 * arithmetic, so exact on input coordinates). Notes on the library that shape this wrapper:
 * - It wants mutable [number, number][] arrays and returns CLOSED rings (first point repeated);
 *   we copy in and strip the closing point out, so callers only ever see our Ring convention.
 * - Output outer rings are CCW in math axes (signedArea > 0; clockwise on screen), holes the
 *   opposite, no repeated or collinear points, parts never overlap or share an edge.
 * - It throws on an empty ring and on NaN coordinates ("degenerate segment"), and is known
 *   (upstream issues "Unable to complete output ring") to throw on some near-degenerate
 *   configurations. We never call its global setPrecision: it is process-wide state and its
 *   snapping trees are not reset between calls.
 */

type PcRing = [number, number][];
type PcPolygon = PcRing[];
type PcMultiPolygon = PcPolygon[];

export type BooleanOp = 'union' | 'intersection' | 'difference';

export interface ClipResult {
  readonly result: MultiPolygon;
  /**
   * 'exact'    — polyclip-ts succeeded on the input as given.
   * 'snapped'  — it threw; succeeded after snapping coordinates to a 2^-16 in or 2^-8 in grid.
   * 'fallback' — it kept throwing; result is the documented approximation (see clip()).
   */
  readonly quality: 'exact' | 'snapped' | 'fallback';
  /** The last error polyclip-ts threw, when quality is not 'exact'. */
  readonly error?: unknown;
}

/** Grids tried after a failure: 1/65536 in is far below drawing precision; 1/256 in ≈ 0.1 mm. */
const SNAP_GRIDS = [2 ** -16, 2 ** -8];

function finitePoint(p: Point): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** Drops consecutive duplicates (incl. wrap-around); null if no area can be enclosed. */
function cleanRing(ring: Ring, grid: number | null): PcRing | null {
  const pts: PcRing = [];
  for (const p of ring) {
    if (!finitePoint(p)) return null;
    const q: [number, number] = grid === null ? [p[0], p[1]] : [Math.round(p[0] / grid) * grid, Math.round(p[1] / grid) * grid];
    const last = pts[pts.length - 1];
    if (!last || !samePoint(last, q)) pts.push(q);
  }
  while (pts.length > 1 && samePoint(pts[0]!, pts[pts.length - 1]!)) pts.pop();
  if (pts.length < 3) return null;
  // All-collinear rings enclose nothing and are exactly the input polyclip-ts chokes on.
  // pts[1] differs from pts[0], so they fix the line every other vertex must lie on.
  const a = pts[0]!;
  const b = pts[1]!;
  for (let i = 2; i < pts.length; i++) {
    if (orient2d(a, b, pts[i]!) !== 0) return pts;
  }
  return null;
}

function toPc(mp: MultiPolygon, grid: number | null): PcMultiPolygon {
  const out: PcMultiPolygon = [];
  for (const polygon of mp) {
    const outer = polygon[0];
    if (!outer) continue;
    const o = cleanRing(outer, grid);
    if (!o) continue;
    const rings: PcPolygon = [o];
    for (let i = 1; i < polygon.length; i++) {
      const h = cleanRing(polygon[i]!, grid);
      if (h) rings.push(h);
    }
    out.push(rings);
  }
  return out;
}

function fromPc(mp: PcMultiPolygon): MultiPolygon {
  const out: Polygon[] = [];
  for (const polygon of mp) {
    const rings: Ring[] = [];
    for (const ring of polygon) {
      const r = ring.slice();
      const first = r[0];
      const last = r[r.length - 1];
      if (first && last && r.length > 1 && samePoint(first, last)) r.pop();
      if (r.length >= 3) rings.push(r);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

function run(op: BooleanOp, operands: readonly PcMultiPolygon[]): PcMultiPolygon {
  const [first, ...rest] = operands;
  if (!first) return [];
  switch (op) {
    case 'union':
      return polyclip.union(first, ...rest);
    case 'intersection':
      return polyclip.intersection(first, ...rest);
    case 'difference':
      return polyclip.difference(first, ...rest);
  }
}

function fallback(op: BooleanOp, operands: readonly PcMultiPolygon[]): PcMultiPolygon {
  switch (op) {
    case 'union': {
      // Fold one operand at a time so one bad part costs only itself, not everything.
      let acc: PcMultiPolygon = [];
      for (const mp of operands) {
        for (const polygon of mp) {
          try {
            acc = polyclip.union(acc, [polygon]);
          } catch {
            acc = [...acc, polygon];
          }
        }
      }
      return acc;
    }
    case 'intersection':
      return [];
    case 'difference': {
      let acc: PcMultiPolygon = operands[0] ?? [];
      for (const mp of operands.slice(1)) {
        for (const polygon of mp) {
          try {
            acc = polyclip.difference(acc, [polygon]);
          } catch {
            // Skip this subtrahend: keeping too much beats discarding the subject.
          }
        }
      }
      return acc;
    }
  }
}

/**
 * Runs op over operands (union: all of them; intersection: common to all; difference: the first
 * minus all the others). Never throws on degenerate geometry:
 * - input rings with < 3 distinct points, all-collinear rings and rings with non-finite
 *   coordinates are dropped first (a dropped outer ring drops its polygon);
 * - if polyclip-ts still throws, retry with coordinates snapped to 2^-16 in, then 2^-8 in;
 * - if that fails too ('fallback'): union folds parts in one at a time, keeping a part that
 *   cannot be merged as a separate, possibly overlapping, polygon; difference subtracts parts one
 *   at a time, skipping any that throw (result may be too large); intersection returns [].
 */
export function clip(op: BooleanOp, operands: readonly MultiPolygon[]): ClipResult {
  if (operands.length === 0) return { result: [], quality: 'exact' };
  let error: unknown;
  try {
    return { result: fromPc(run(op, operands.map((mp) => toPc(mp, null)))), quality: 'exact' };
  } catch (e) {
    error = e;
  }
  for (const grid of SNAP_GRIDS) {
    try {
      return { result: fromPc(run(op, operands.map((mp) => toPc(mp, grid)))), quality: 'snapped', error };
    } catch (e) {
      error = e;
    }
  }
  const snapped = operands.map((mp) => toPc(mp, SNAP_GRIDS[SNAP_GRIDS.length - 1]!));
  return { result: fromPc(fallback(op, snapped)), quality: 'fallback', error };
}

/** Union of any number of multipolygons; union() of nothing is []. Overlapping input parts merge. */
export function union(...mps: MultiPolygon[]): MultiPolygon {
  return clip('union', mps).result;
}

export function difference(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0) return [];
  return clip('difference', [a, b]).result;
}

export function intersection(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0 || b.length === 0) return [];
  return clip('intersection', [a, b]).result;
}

export function ringToPolygon(ring: Ring): Polygon {
  return [ring];
}

export function ringToMultiPolygon(ring: Ring): MultiPolygon {
  return [[ring]];
}

export function polygonToMultiPolygon(polygon: Polygon): MultiPolygon {
  return [polygon];
}

/**
 * Drops parts thinner than minWidth, measured as 2·area / perimeter (≈ the width of a long
 * sliver). Boolean ops on walls that nearly coincide leave such hairlines; they carry no
 * floor area but do confuse "is this one room or two" checks.
 */
export function dropSlivers(mp: MultiPolygon, minWidth: number): MultiPolygon {
  return mp.filter((polygon) => {
    const outer = polygon[0];
    if (!outer) return false;
    let perimeter = 0;
    for (let i = 0; i < outer.length; i++) {
      const a = outer[i]!;
      const b = outer[(i + 1) % outer.length]!;
      perimeter += Math.hypot(b[0] - a[0], b[1] - a[1]);
    }
    if (perimeter === 0) return false;
    return (2 * polygonArea(polygon)) / perimeter >= minWidth;
  });
}
