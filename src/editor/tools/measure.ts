/** Measure (M): drag (or click, click) between two points; the distance stays on screen until the next one. */
import type { Point } from '../../geometry/types.ts';
import { formatLength } from '../../model/units.ts';
import { snapPoint, type Snapped } from '../geom/snap.ts';
import type { Overlay } from './overlay.ts';
import { same, type PointerInput, type Tool, type ToolContext } from './types.ts';

export type MeasureState =
  | { readonly name: 'idle'; readonly hover: Snapped | null; readonly result: readonly [Point, Point] | null }
  | { readonly name: 'measuring'; readonly a: Point; readonly b: Point; readonly pressed: boolean };

const snap = (e: PointerInput, ctx: ToolContext, anchor: Point | null) => snapPoint(e.point, { level: ctx.level, scale: ctx.scale, disabled: e.alt, anchor });

export const distanceText = (a: Point, b: Point): string => {
  const dx = Math.abs(b[0] - a[0]);
  const dy = Math.abs(b[1] - a[1]);
  const d = formatLength(Math.hypot(dx, dy));
  return dx > 0.5 && dy > 0.5 ? `${d}  (${formatLength(dx)} × ${formatLength(dy)})` : d;
};

export const measureTool: Tool<MeasureState> = {
  id: 'measure',
  label: 'Measure',
  shortcut: 'M',
  description: 'Measure a distance: drag from one point to another (corners and 15° angles snap; Alt for none).',
  initial: () => ({ name: 'idle', hover: null, result: null }),

  pointerDown(s, e, ctx) {
    if (e.button !== 0) return same(s);
    if (s.name === 'measuring') return same({ name: 'idle', hover: null, result: [s.a, snap(e, ctx, s.a).point] });
    const a = snap(e, ctx, null).point;
    return same({ name: 'measuring', a, b: a, pressed: true });
  },

  pointerMove(s, e, ctx) {
    if (s.name === 'idle') return same({ ...s, hover: snap(e, ctx, null) });
    return same({ ...s, b: snap(e, ctx, s.a).point });
  },

  pointerUp(s, e, ctx) {
    if (s.name !== 'measuring' || !s.pressed) return same(s);
    const b = snap(e, ctx, s.a).point;
    // A click without a drag starts a click-click measurement.
    if (Math.hypot(b[0] - s.a[0], b[1] - s.a[1]) * ctx.scale < 3) return same({ ...s, pressed: false });
    return same({ name: 'idle', hover: null, result: [s.a, b] });
  },

  cancel(s) {
    if (s.name === 'measuring' || s.result) return same({ name: 'idle', hover: null, result: null });
    return null;
  },

  overlay(s): Overlay {
    const line = (a: Point, b: Point): Overlay => [
      { type: 'polyline', points: [a, b], style: 'measure' },
      { type: 'snap', at: a, kind: 'vertex' },
      { type: 'snap', at: b, kind: 'vertex' },
      { type: 'label', at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], text: distanceText(a, b) },
    ];
    if (s.name === 'measuring') return line(s.a, s.b);
    const out: Overlay[number][] = s.result ? [...line(s.result[0], s.result[1])] : [];
    if (s.hover) out.push({ type: 'snap', at: s.hover.point, kind: s.hover.kind });
    return out;
  },

  hint(s) {
    if (s.name === 'measuring') return s.pressed ? 'Release at the second point' : 'Click the second point';
    return s.result ? `Measured ${distanceText(s.result[0], s.result[1])} · drag again, or Esc` : 'Drag from one point to another';
  },
};
