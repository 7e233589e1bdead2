import type { BBox, MultiPolygon, Point, Polygon, Ring } from './types.ts';

/** The bbox of nothing: the identity for bboxUnion and overlapping nothing. */
export const EMPTY_BBOX: BBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };

export function ringBBox(ring: Ring): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // An indexed loop: this runs for every point-in-ring test, and destructuring each vertex costs more than the test.
  for (let i = 0; i < ring.length; i++) {
    const q = ring[i]!;
    const x = q[0];
    const y = q[1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Only the outer ring matters: holes lie inside it. */
export function polygonBBox(polygon: Polygon): BBox {
  const outer = polygon[0];
  return outer ? ringBBox(outer) : EMPTY_BBOX;
}

export function multiPolygonBBox(mp: MultiPolygon): BBox {
  let box = EMPTY_BBOX;
  for (const polygon of mp) box = bboxUnion(box, polygonBBox(polygon));
  return box;
}

export function pointsBBox(points: readonly Point[]): BBox {
  return ringBBox(points);
}

/** Closed boxes: touching edges or corners count as overlapping, matching "touching counts" in segments. */
export function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

export function bboxUnion(a: BBox, b: BBox): BBox {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

export function bboxIsEmpty(b: BBox): boolean {
  return !(b.minX <= b.maxX && b.minY <= b.maxY);
}
