/**
 * Small planar measures the outdoor checks share. Boolean results are cleaned of rounding slivers, so shapes that
 * only touch (a zone reaching exactly to the fence, two zones meeting along an edge) count as not overlapping.
 */
import { convexOverlap } from '../../geometry/convexOverlap.ts';
import { difference, distancePointToSegment, dropSlivers, intersection, multiPolygonArea, polygonArea } from '../../geometry/index.ts';
import type { MultiPolygon, Ring } from '../../geometry/types.ts';
import type { Inches, SquareInches } from '../../model/quantities.ts';

/** Parts thinner than this (2·area / perimeter) are rounding debris, far below drawing precision. */
export const SLIVER_WIDTH: Inches = 0.01;

export const solid = (mp: MultiPolygon): MultiPolygon => dropSlivers(mp, SLIVER_WIDTH);

/** The part of a shared by b, debris dropped. */
export const overlap = (a: MultiPolygon, b: MultiPolygon): MultiPolygon => solid(intersection(a, b));

/** The part of a outside b, debris dropped. */
export const outside = (a: MultiPolygon, b: MultiPolygon): MultiPolygon => solid(difference(a, b));

export const areaOf = (mp: MultiPolygon): SquareInches => multiPolygonArea(mp);

/** The outer ring of the largest part, for drawing a finding (a finding carries one polygon). */
export function largestRing(mp: MultiPolygon): Ring | null {
  let best: Ring | null = null;
  let bestArea = -1;
  for (const polygon of mp) {
    const a = polygonArea(polygon);
    if (polygon[0] && a > bestArea) [best, bestArea] = [polygon[0], a];
  }
  return best;
}

/** Shortest distance between two convex rings; 0 when they overlap or touch. */
export function convexGap(a: Ring, b: Ring): Inches {
  if (convexOverlap(a, b, 0)) return 0;
  let best = Infinity;
  const edgesTo = (from: Ring, to: Ring) => {
    for (const p of from) {
      for (let i = 0; i < to.length; i++) best = Math.min(best, distancePointToSegment(p, to[i]!, to[(i + 1) % to.length]!));
    }
  };
  edgesTo(a, b);
  edgesTo(b, a);
  return best;
}
