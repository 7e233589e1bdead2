/**
 * Calibrate the trace image (started from the trace panel): click two points on the image whose real distance you
 * know — the ends of a dimensioned wall — then type the distance (`24' 6"`) and Enter. The image is rescaled about
 * the first point; the plan itself does not change. Esc gives up.
 *
 *   first ──click──▶ second ──click──▶ distance ──type + Enter──▶ (calibrated) → Select
 */
import type { Point } from '../../geometry/types.ts';
import { formatLength } from '../../model/units.ts';
import type { Overlay } from './overlay.ts';
import { parseTypedLength, typeKey } from './typing.ts';
import { same, type Tool } from './types.ts';

export type CalibrateState =
  | { readonly name: 'first'; readonly hover: Point | null; readonly typed: string }
  | { readonly name: 'second'; readonly a: Point; readonly hover: Point; readonly typed: string }
  | { readonly name: 'distance'; readonly a: Point; readonly b: Point; readonly typed: string };

const FIRST: CalibrateState = { name: 'first', hover: null, typed: '' };

export const calibrateTool: Tool<CalibrateState> = {
  id: 'calibrate',
  label: 'Calibrate',
  shortcut: '',
  hidden: true,
  description: 'Calibrate the trace image: click two points a known distance apart on it, then type that distance and Enter.',
  initial: () => FIRST,

  pointerMove(s, e) {
    if (s.name === 'first') return same({ ...s, hover: e.point });
    if (s.name === 'second') return same({ ...s, hover: e.point });
    return same(s);
  },

  pointerDown(s, e) {
    if (e.button !== 0) return same(s);
    if (s.name === 'first') return same({ name: 'second', a: e.point, hover: e.point, typed: '' });
    if (s.name === 'second') {
      if (Math.hypot(e.point[0] - s.a[0], e.point[1] - s.a[1]) < 1e-6) return same(s);
      return { state: { name: 'distance', a: s.a, b: e.point, typed: '' }, effects: [{ type: 'notice', message: `Now type the real distance between the two points (like 24' 6") and press Enter.` }] };
    }
    // A click while waiting for the distance starts over from that point.
    return same({ name: 'second', a: e.point, hover: e.point, typed: '' });
  },

  keyDown(s, e) {
    if (s.name !== 'distance') return null;
    if (e.key === 'Enter' && s.typed) {
      const len = parseTypedLength(s.typed, 'ft');
      if (!len.ok) return { state: { ...s, typed: '' }, effects: [{ type: 'notice', message: len.message }] };
      return {
        state: FIRST,
        effects: [
          { type: 'calibrate', a: s.a, b: s.b, inches: len.inches },
          { type: 'notice', message: `Calibrated: the two points are ${formatLength(len.inches)} apart. Trace over the image with the drawing tools.` },
          { type: 'setTool', tool: 'select' },
        ],
      };
    }
    const typed = typeKey(s.typed, e.key);
    if (typed === null || e.ctrl) return null;
    return same({ ...s, typed });
  },

  cancel(s) {
    if (s.typed) return same({ ...s, typed: '' });
    return null;
  },

  overlay(s): Overlay {
    const mark = (p: Point) => ({ type: 'snap', at: p, kind: 'vertex' }) as const;
    if (s.name === 'first') return s.hover ? [{ type: 'snap', at: s.hover, kind: 'grid' }] : [];
    const b = s.name === 'second' ? s.hover : s.b;
    return [
      { type: 'polyline', points: [s.a, b], style: 'measure' },
      mark(s.a),
      mark(b),
      { type: 'label', at: [(s.a[0] + b[0]) / 2, (s.a[1] + b[1]) / 2], text: s.name === 'distance' ? (s.typed ? `${s.typed}…` : 'type the real distance') : 'second point' },
    ];
  },

  hint(s) {
    if (s.name === 'first') return 'Calibrating the trace image: click the first of two points a known distance apart · Esc: stop';
    if (s.name === 'second') return 'Click the second point';
    return s.typed ? `Real distance: ${s.typed}  (Enter to calibrate)` : `Type the real distance between the two points (like 24' 6") and press Enter`;
  },
};
