/**
 * Dimension labels: the length of each edge in feet and inches, set just outside it, while a room is drawn and on
 * the selection (a room's or an outline's every wall, a door's or window's width). Positions are in plan inches but
 * offsets are screen pixels, so the labels sit the same distance from the wall at every zoom.
 */
import type { Point } from '../../geometry/types.ts';
import { formatLength } from '../../model/units.ts';
import { sceneObject, selectedInScene } from '../geom/scene.ts';
import type { OverlayShape } from './overlay.ts';
import type { ToolContext } from './types.ts';

/** Screen pixels between an edge and the middle of its label. */
const OFFSET_PX = 12;
/** An edge shorter than this on screen gets no label (it would cover the edge and its neighbours). */
const MIN_EDGE_PX = 28;

function signedArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const q = points[(i + 1) % points.length]!;
    sum += p[0] * q[1] - q[0] * p[1];
  }
  return sum;
}

/** The angle of a→b in degrees, counter-clockwise from east as on a compass rose drawn on the screen (0 … 359). */
export function bearing(a: Point, b: Point): number {
  const deg = (Math.atan2(-(b[1] - a[1]), b[0] - a[0]) * 180) / Math.PI;
  return ((Math.round(deg * 10) / 10) % 360 + 360) % 360;
}

/** A label for the edge a→b, on the side `out` (a unit normal) of it. */
function dimension(a: Point, b: Point, out: Point, scale: number, text: string): OverlayShape {
  const k = OFFSET_PX / scale;
  return { type: 'dimension', at: [(a[0] + b[0]) / 2 + out[0] * k, (a[1] + b[1]) / 2 + out[1] * k], text };
}

/** Labels for each edge of `points` (closed: the last back to the first too), outside the shape they outline. */
export function edgeDimensions(points: readonly Point[], closed: boolean, scale: number): OverlayShape[] {
  const out: OverlayShape[] = [];
  // With y down, a positive signed area has its inside on the left of travel: labels go on the right.
  const side = signedArea(points) >= 0 ? -1 : 1;
  const count = closed ? points.length : points.length - 1;
  for (let i = 0; i < count; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len * scale < MIN_EDGE_PX) continue;
    const n: Point = [(-(b[1] - a[1]) / len) * side, ((b[0] - a[0]) / len) * side];
    out.push(dimension(a, b, n, scale, formatLength(len)));
  }
  return out;
}

/** The selection's dimensions: every wall of one selected room or outline, the width of one selected door or window. */
export function selectionDimensions(ctx: ToolContext): OverlayShape[] {
  const refs = selectedInScene(ctx);
  if (refs.length !== 1) return [];
  const o = sceneObject(ctx, refs[0]!);
  if (!o) return [];
  if ('polygon' in o) return edgeDimensions(o.polygon, true, ctx.scale);
  if ('a' in o && 'b' in o) {
    const len = Math.hypot(o.b[0] - o.a[0], o.b[1] - o.a[1]);
    if (len === 0) return [];
    // Beside the opening, on whichever side; its room's wall labels are not shown, so there is room either way.
    const n: Point = [-(o.b[1] - o.a[1]) / len, (o.b[0] - o.a[0]) / len];
    return [dimension(o.a, o.b, n, ctx.scale * 0.6, formatLength(len))];
  }
  return [];
}
