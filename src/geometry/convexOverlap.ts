/**
 * Separating-axis tests for convex shapes — item footprints, aisles and wall segments are all convex, and these
 * tests run for every crib on every edit, where a general boolean operation would cost a hundred times more.
 */
import type { Point, Ring } from './types.ts';

function project(ring: Ring, nx: number, ny: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of ring) {
    const d = p[0] * nx + p[1] * ny;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return [min, max];
}

function separatedOnAxesOf(edges: Ring, a: Ring, b: Ring, tolerance: number): boolean {
  const n = edges.length;
  const count = n === 2 ? 1 : n;
  for (let i = 0; i < count; i++) {
    const p = edges[i]!;
    const q = edges[(i + 1) % n]!;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (len === 0) continue;
    const nx = -(q[1] - p[1]) / len;
    const ny = (q[0] - p[0]) / len;
    const [minA, maxA] = project(a, nx, ny);
    const [minB, maxB] = project(b, nx, ny);
    if (Math.min(maxA, maxB) - Math.max(minA, minB) <= tolerance) return true;
  }
  return false;
}

/**
 * True when two convex shapes (rings, or a 2-point segment) share more than `tolerance` inches of depth.
 * Shapes that only touch — a crib against a wall, an aisle along a cot — do not overlap.
 */
export function convexOverlap(a: Ring, b: Ring, tolerance = 0.01): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (separatedOnAxesOf(a, a, b, tolerance)) return false;
  if (separatedOnAxesOf(b, a, b, tolerance)) return false;
  return true;
}

/** Whether the convex shape lies within the (possibly concave) ring, up to `tolerance` inches. */
export function convexInsideRing(shape: Ring, ring: Ring, inside: (p: Point) => boolean, tolerance = 0.01): boolean {
  if (!shape.every(inside)) return false;
  for (let i = 0; i < ring.length; i++) {
    const edge: Ring = [ring[i]!, ring[(i + 1) % ring.length]!];
    if (convexOverlap(shape, edge, tolerance)) return false;
  }
  return true;
}
