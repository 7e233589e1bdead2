import { signedArea } from './area.ts';
import { ringBBox } from './bbox.ts';
import type { Point, Polygon, Ring } from './types.ts';

/*
 * Below this |area| / extent², a ring is treated as degenerate (a sliver or a collinear run):
 * the area-weighted formula divides by ~0 there and flings the centroid far away.
 */
const DEGENERATE_RATIO = 1e-12;

/** Mean of the vertices; [NaN, NaN] for an empty ring (nothing sensible to return). */
export function vertexMean(ring: Ring): Point {
  const n = ring.length;
  if (n === 0) return [NaN, NaN];
  let sx = 0;
  let sy = 0;
  for (const [x, y] of ring) {
    sx += x;
    sy += y;
  }
  return [sx / n, sy / n];
}

function extentSquared(ring: Ring): number {
  const { minX, minY, maxX, maxY } = ringBBox(ring);
  const e = Math.max(maxX - minX, maxY - minY);
  return e * e;
}

/** First moments about the first vertex, which keeps precision for rings far from the origin. */
function moments(ring: Ring): { a: number; mx: number; my: number } {
  const n = ring.length;
  if (n < 3) return { a: 0, mx: 0, my: 0 };
  const [x0, y0] = ring[0]!;
  let a2 = 0;
  let mx = 0;
  let my = 0;
  for (let i = 1; i < n - 1; i++) {
    const p = ring[i]!;
    const q = ring[i + 1]!;
    const px = p[0] - x0;
    const py = p[1] - y0;
    const qx = q[0] - x0;
    const qy = q[1] - y0;
    const c = px * qy - qx * py;
    a2 += c;
    mx += (px + qx) * c;
    my += (py + qy) * c;
  }
  // a = signed area; (mx, my) / (3·a2) = centroid offset from the first vertex.
  return { a: a2 / 2, mx: mx / 6, my: my / 6 };
}

/** Area centroid of a ring (winding irrelevant); vertex mean if the ring encloses no area. */
export function ringCentroid(ring: Ring): Point {
  const { a, mx, my } = moments(ring);
  if (!(Math.abs(a) > DEGENERATE_RATIO * extentSquared(ring))) return vertexMean(ring);
  const [x0, y0] = ring[0]!;
  return [x0 + mx / a, y0 + my / a];
}

/**
 * Area-weighted centroid of outer minus holes. Falls back to the outer ring's vertex mean when
 * the net area is ~0 (e.g. a hole covering the whole outer ring).
 */
export function polygonCentroid(polygon: Polygon): Point {
  const outer = polygon[0];
  if (!outer) return [NaN, NaN];
  let area = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < polygon.length; i++) {
    const ring = polygon[i]!;
    const ra = Math.abs(signedArea(ring));
    if (ra === 0) continue;
    const [cx, cy] = ringCentroid(ring);
    const w = i === 0 ? ra : -ra;
    area += w;
    sx += w * cx;
    sy += w * cy;
  }
  if (!(Math.abs(area) > DEGENERATE_RATIO * extentSquared(outer))) return vertexMean(outer);
  return [sx / area, sy / area];
}
