/** What a tool wants drawn over the plan, as plain data: the canvas draws it, the tests read it. */
import type { Point } from '../../geometry/types.ts';
import type { SnapKind } from '../geom/snap.ts';

export type OverlayStyle = 'ghost' | 'invalid' | 'brush' | 'measure';

export type OverlayShape =
  | { readonly type: 'polygon'; readonly points: readonly Point[]; readonly style: OverlayStyle }
  | { readonly type: 'polyline'; readonly points: readonly Point[]; readonly style: OverlayStyle }
  | { readonly type: 'snap'; readonly at: Point; readonly kind: SnapKind }
  /** Text at a plan point, drawn at a constant screen size. */
  | { readonly type: 'label'; readonly at: Point; readonly text: string }
  /** A length beside an edge (tools/dimensions.ts): quieter than a label, centred on `at`. */
  | { readonly type: 'dimension'; readonly at: Point; readonly text: string };

export type Overlay = readonly OverlayShape[];

export const NO_OVERLAY: Overlay = [];

/** Points of a quarter circle centred on `c` from `from` turning toward `to` (both at the same radius). */
export function arcPoints(c: Point, from: Point, to: Point, steps = 12): Point[] {
  const r = Math.hypot(from[0] - c[0], from[1] - c[1]);
  const a0 = Math.atan2(from[1] - c[1], from[0] - c[0]);
  let a1 = Math.atan2(to[1] - c[1], to[0] - c[0]);
  while (a1 - a0 > Math.PI) a1 -= 2 * Math.PI;
  while (a0 - a1 > Math.PI) a1 += 2 * Math.PI;
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = a0 + ((a1 - a0) * i) / steps;
    out.push([c[0] + Math.cos(a) * r, c[1] + Math.sin(a) * r]);
  }
  return out;
}
