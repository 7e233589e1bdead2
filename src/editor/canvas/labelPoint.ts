/** Where a room's label goes: its centroid when that is inside it, else the middle of its widest chord. */
import { ringCentroid } from '../../geometry/centroid.ts';
import { pointInRing } from '../../geometry/contains.ts';
import { ringBBox } from '../../geometry/bbox.ts';
import type { Point, Ring } from '../../geometry/types.ts';

const cache = new WeakMap<Ring, Point>();

function widestChordMiddle(ring: Ring): Point {
  const box = ringBBox(ring);
  let best: Point = [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
  let width = -1;
  for (const f of [0.5, 0.35, 0.65, 0.2, 0.8]) {
    const y = box.minY + (box.maxY - box.minY) * f + 1e-3;
    const xs: number[] = [];
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i]!;
      const q = ring[(i + 1) % ring.length]!;
      if ((p[1] > y) !== (q[1] > y)) xs.push(p[0] + ((y - p[1]) / (q[1] - p[1])) * (q[0] - p[0]));
    }
    xs.sort((m, n) => m - n);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const w = xs[i + 1]! - xs[i]!;
      if (w > width) [width, best] = [w, [(xs[i]! + xs[i + 1]!) / 2, y]];
    }
  }
  return best;
}

export function labelPoint(ring: Ring): Point {
  let p = cache.get(ring);
  if (p) return p;
  let c: Point;
  try {
    c = ringCentroid(ring);
  } catch {
    c = widestChordMiddle(ring);
  }
  p = Number.isFinite(c[0]) && pointInRing(c, ring) === 'inside' ? c : widestChordMiddle(ring);
  cache.set(ring, p);
  return p;
}
