/**
 * pointInRing for one ring asked about many points: a real plan's room has up to 217 corners, and the most-remote-
 * point search and the navigation graph ask hundreds of points of it. The edges are bucketed by height once, so a
 * point is tested against only the edges whose height range (grown by the boundary tolerance) holds it — the only
 * ones pointInRing's rules can count (the winding rule counts an edge only where it spans the point's height; the
 * boundary rule only where its grown box holds the point). The answers are pointInRing's exactly.
 */
import { ringBBox } from './bbox.ts';
import { DEFAULT_CONTAINS_EPS, ON_EDGE, pointInRing, windingOver, type PointLocation } from './contains.ts';
import type { Point, Ring } from './types.ts';

/** Below this many corners pointInRing itself is as quick. */
const SMALL = 16;

export type RingLocator = (p: Point) => PointLocation;

export function ringLocator(ring: Ring): RingLocator {
  const n = ring.length;
  if (n < SMALL) return (p) => pointInRing(p, ring);
  const { minX, minY, maxX, maxY } = ringBBox(ring);
  const tol = DEFAULT_CONTAINS_EPS * Math.max(1, maxX - minX, maxY - minY);
  const bands = Math.max(1, Math.ceil(n / 2));
  const height = Math.max(maxY - minY, 1e-9) / bands;
  const band = (y: number) => Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / height)));
  const start = new Int32Array(bands + 1);
  const span = (i: number): [number, number] => {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    return [band(Math.min(a[1], b[1]) - tol), band(Math.max(a[1], b[1]) + tol)];
  };
  for (let i = 0; i < n; i++) {
    const [from, to] = span(i);
    for (let k = from; k <= to; k++) start[k + 1]!++;
  }
  for (let k = 0; k < bands; k++) start[k + 1]! += start[k]!;
  const edges = new Int32Array(start[bands]!);
  const fill = start.slice(0, bands);
  // Edges keep the ring's order within a band, as pointInRing meets them.
  for (let i = 0; i < n; i++) {
    const [from, to] = span(i);
    for (let k = from; k <= to; k++) edges[fill[k]!++] = i;
  }
  return (p) => {
    const px = p[0];
    const py = p[1];
    if (px < minX - tol || px > maxX + tol || py < minY - tol || py > maxY + tol) return 'outside';
    const k = band(py);
    const winding = windingOver(p, ring, tol, edges, start[k]!, start[k + 1]!);
    if (winding === ON_EDGE) return 'boundary';
    return winding !== 0 ? 'inside' : 'outside';
  };
}
