/**
 * Site outlines — play area (A), surface (S), obstacle (O), pool (L), in the Site view: drag a rectangle, or click
 * the corners of any shape (a click without a drag starts one; Enter, a double-click or a click on the first corner
 * closes it; a typed length + Enter puts the next corner that far toward the pointer), or type a size
 * (`40' x 50'`, Enter) and click where its top-left corner goes. Corners snap to the building's and the site's
 * corners, then to the grid (Alt: no snapping). The new outline is selected and the tool gives way to Select.
 *
 *   idle ──down──▶ pointing ──move──▶ dragging ──up──▶ (added) → Select
 *                     │ up (a click)
 *                     ▼
 *                  drawing ──click first corner / Enter / double-click──▶ (added) → Select
 *   idle ──type a size + Enter──▶ placing ──click──▶ (added) → Select
 */
import { ringArea } from '../../geometry/area.ts';
import type { Point } from '../../geometry/types.ts';
import { checkPolygon } from '../../model/geometryRules.ts';
import type { Plan, PlayArea, Surface } from '../../model/schema.ts';
import { formatLength } from '../../model/units.ts';
import { siteRings } from '../geom/scene.ts';
import { snapAngle, snapPoint, type Snapped } from '../geom/snap.ts';
import { freshId } from '../model/ids.ts';
import { refKey, siteObjectsOf, type Obstacle, type Pool, type SiteObject, type SitePolygonKind } from '../model/refs.ts';
import { defaultSurfaceDepth, SITE_NOUN, SURFACE_LABEL, type SurfaceMaterial } from '../siteCatalog.ts';
import { NO_OVERLAY, type Overlay } from './overlay.ts';
import { parseSize, parseTypedLength, typeKey } from './typing.ts';
import { same, type Effect, type PointerInput, type Tool, type ToolContext, type ToolId, type ToolResult } from './types.ts';

export type SiteShapeState =
  | { readonly name: 'idle'; readonly hover: Snapped | null; readonly typed: string; readonly preset: string }
  | { readonly name: 'pointing' | 'dragging'; readonly origin: Point; readonly current: Point; readonly typed: string; readonly preset: string }
  | { readonly name: 'drawing'; readonly points: readonly Point[]; readonly cursor: Snapped; readonly typed: string; readonly preset: string }
  | { readonly name: 'placing'; readonly size: Point; readonly hover: Point | null; readonly typed: string; readonly preset: string };

const DRAG_PIXELS = 3;
const CLOSE_PIXELS = 8;

/** A new play area's fence: 4 ft, over the 42" the rules ask of new facilities. */
export const DEFAULT_FENCE_HEIGHT = 48;
/** A new pool: 3 ft deep, no fence and no locked gate until the provider says so (the check then fails). */
export const DEFAULT_POOL = { depth: 36, fenceHeight: 0, lockedGate: false } as const;

const rect = (a: Point, b: Point): Point[] => {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
};
const samePoint = (a: Point, b: Point) => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;
const sqFt = (ring: readonly Point[]) => `${Math.round(ringArea(ring) / 144).toLocaleString('en-US')} sq ft`;
const sizeLabel = (a: Point, b: Point) => `${formatLength(Math.abs(b[0] - a[0]))} × ${formatLength(Math.abs(b[1] - a[1]))} · ${sqFt(rect(a, b))}`;

interface ShapeKind {
  readonly id: ToolId;
  readonly kind: SitePolygonKind;
  readonly label: string;
  readonly shortcut: string;
  readonly description: string;
  readonly preset: string;
  /** The new object, with a fresh id. */
  make(polygon: [number, number][], plan: Plan, preset: string): SiteObject;
}

/** `Play area 1`, `Play area 2` …; `Tree`, then `Tree 2` … */
function nextName(plan: Plan, base: string, numbered: boolean): string {
  const names = new Set([...siteObjectsOf(plan.site, 'playArea').map((a) => a.name), ...siteObjectsOf(plan.site, 'obstacle').map((o) => o.name)]);
  if (!numbered && !names.has(base)) return base;
  let n = numbered ? 1 : 2;
  while (names.has(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

export function newSurface(id: string, polygon: [number, number][], material: SurfaceMaterial): Surface {
  const depth = defaultSurfaceDepth(material);
  return { id, polygon, material, ...(depth !== undefined ? { depth } : {}) };
}

const KINDS: Record<SitePolygonKind, ShapeKind> = {
  playArea: {
    id: 'play-area',
    kind: 'playArea',
    label: 'Play area',
    shortcut: 'A',
    description: "Draw a fenced outdoor play area: drag a rectangle, click its corners, or type a size like 40' x 50' and Enter.",
    preset: '',
    make: (polygon, plan): PlayArea => ({ id: freshId(plan, 'playArea'), name: nextName(plan, 'Play area', true), polygon, fenceHeight: DEFAULT_FENCE_HEIGHT }),
  },
  surface: {
    id: 'surface',
    kind: 'surface',
    label: 'Surface',
    shortcut: 'S',
    description: 'Draw a patch of ground surface (sand, wood chips, rubber …; pick the material beside the level tabs): drag, click corners, or type a size.',
    preset: 'wood-chips',
    make: (polygon, plan, preset) => newSurface(freshId(plan, 'surface'), polygon, (preset || 'wood-chips') as SurfaceMaterial),
  },
  obstacle: {
    id: 'obstacle',
    kind: 'obstacle',
    label: 'Obstacle',
    shortcut: 'O',
    description: 'Draw a tree, shed or wall a fall zone must keep clear of: drag, click corners, or type a size.',
    preset: 'Tree',
    make: (polygon, plan, preset): Obstacle => ({ id: freshId(plan, 'obstacle'), polygon, name: nextName(plan, preset || 'Tree', false) }),
  },
  pool: {
    id: 'pool',
    kind: 'pool',
    label: 'Pool',
    shortcut: 'L',
    description: 'Draw a swimming or wading pool: drag, click corners, or type a size; set its fence and gate in the panel.',
    preset: '',
    make: (polygon, plan): Pool => ({ id: freshId(plan, 'pool'), polygon, ...DEFAULT_POOL }),
  },
};

function presetName(k: ShapeKind, preset: string): string {
  if (k.kind === 'surface') return `${SURFACE_LABEL[(preset || 'wood-chips') as SurfaceMaterial].toLowerCase()} surface`;
  if (k.kind === 'obstacle') return (preset || 'Tree').toLowerCase();
  return SITE_NOUN[k.kind];
}

function siteShapeTool(k: ShapeKind): Tool<SiteShapeState> {
  const idle = (preset: string): SiteShapeState => ({ name: 'idle', hover: null, typed: '', preset });

  const snap = (e: PointerInput, ctx: ToolContext, anchor: Point | null): Snapped =>
    snapPoint(e.point, { level: ctx.level, scale: ctx.scale, disabled: e.alt, anchor, rings: siteRings(ctx.plan.site) });

  /** Adds the outline, selects it and goes back to Select; refused (with a sentence), stays in `otherwise`. */
  const finish = (ring: readonly Point[], ctx: ToolContext, otherwise: SiteShapeState): ToolResult<SiteShapeState> => {
    const noun = presetName(k, otherwise.preset);
    const problems = checkPolygon(ring, 'polygon', `the ${noun}`);
    if (problems.length) return { state: otherwise, effects: [{ type: 'notice', message: `Not drawn: ${problems[0]!.message}.` }] };
    const value = k.make(
      ring.map((p) => [p[0], p[1]]),
      ctx.plan,
      otherwise.preset,
    );
    const effects: Effect[] = [
      { type: 'commit', commands: [{ op: 'add', level: ctx.level.id, kind: k.kind, value }] },
      { type: 'select', keys: [refKey({ kind: k.kind, id: value.id })] },
      { type: 'notice', message: `Added the ${noun} ${value.id} (${sqFt(ring)}). Set its details in the panel on the right.` },
      { type: 'setTool', tool: 'select' },
    ];
    return { state: idle(otherwise.preset), effects };
  };

  const close = (s: Extract<SiteShapeState, { name: 'drawing' }>, ctx: ToolContext): ToolResult<SiteShapeState> => {
    const ring = s.points.filter((p, i) => i === 0 || !samePoint(p, s.points[i - 1]!));
    while (ring.length > 1 && samePoint(ring[0]!, ring[ring.length - 1]!)) ring.pop();
    if (ring.length < 3) return { state: s, effects: [{ type: 'notice', message: `A ${SITE_NOUN[k.kind]} needs at least 3 corners.` }] };
    return finish(ring, ctx, s);
  };

  return {
    id: k.id,
    label: k.label,
    shortcut: k.shortcut,
    description: k.description,
    space: 'site',
    initial: (previous) => idle(previous?.preset ?? k.preset),

    pointerDown(s, e, ctx) {
      if (e.button !== 0) return same(s);
      if (s.name === 'placing') {
        const p = snap(e, ctx, null).point;
        return finish(rect(p, [p[0] + s.size[0], p[1] + s.size[1]]), ctx, s);
      }
      if (s.name === 'drawing') {
        const snapped = snap(e, ctx, s.points[s.points.length - 1]!);
        const first = s.points[0]!;
        const nearFirst = Math.hypot(e.point[0] - first[0], e.point[1] - first[1]) * ctx.scale <= CLOSE_PIXELS;
        if (s.points.length >= 3 && (nearFirst || samePoint(snapped.point, first))) return close(s, ctx);
        if (samePoint(snapped.point, s.points[s.points.length - 1]!)) return same(s);
        return same({ ...s, points: [...s.points, snapped.point], cursor: snapped });
      }
      const p = snap(e, ctx, null).point;
      return same({ name: 'pointing', origin: p, current: p, typed: '', preset: s.preset });
    },

    pointerMove(s, e, ctx) {
      switch (s.name) {
        case 'idle':
          return same({ ...s, hover: snap(e, ctx, null) });
        case 'placing':
          return same({ ...s, hover: snap(e, ctx, null).point });
        case 'drawing':
          return same({ ...s, cursor: snap(e, ctx, s.points[s.points.length - 1]!) });
        case 'pointing': {
          const moved = Math.hypot(e.point[0] - s.origin[0], e.point[1] - s.origin[1]) * ctx.scale > DRAG_PIXELS;
          return same(moved ? { ...s, name: 'dragging', current: snap(e, ctx, null).point } : s);
        }
        case 'dragging':
          return same({ ...s, current: snap(e, ctx, null).point });
      }
    },

    pointerUp(s, e, ctx) {
      // A click without a drag: the first corner of an outline of any shape.
      if (s.name === 'pointing') return same({ name: 'drawing', points: [s.origin], cursor: snap(e, ctx, s.origin), typed: s.typed, preset: s.preset });
      if (s.name !== 'dragging') return same(s);
      const end = snap(e, ctx, null).point;
      if (Math.abs(end[0] - s.origin[0]) < 1 || Math.abs(end[1] - s.origin[1]) < 1) return same(idle(s.preset));
      return finish(rect(s.origin, end), ctx, idle(s.preset));
    },

    doubleClick(s, _e, ctx) {
      return s.name === 'drawing' ? close(s, ctx) : same(s);
    },

    keyDown(s, e, ctx) {
      if (e.key === 'Enter' && s.name === 'drawing') {
        if (!s.typed) return close(s, ctx);
        const len = parseTypedLength(s.typed, 'ft');
        if (!len.ok) return { state: { ...s, typed: '' }, effects: [{ type: 'notice', message: len.message }] };
        const last = s.points[s.points.length - 1]!;
        const toward = snapAngle(last, s.cursor.point, 1);
        const [dx, dy] = [toward[0] - last[0], toward[1] - last[1]];
        const d = Math.hypot(dx, dy);
        if (d === 0) return { state: { ...s, typed: '' }, effects: [{ type: 'notice', message: 'Point the mouse the way the side runs, then type its length.' }] };
        const round = (n: number) => Math.round(n * 1000) / 1000 + 0;
        return same({ ...s, points: [...s.points, [round(last[0] + (dx / d) * len.inches), round(last[1] + (dy / d) * len.inches)]], typed: '' });
      }
      if (e.key === 'Enter' && s.typed) {
        const parsed = parseSize(s.typed);
        if (!parsed.ok) return { state: { ...s, typed: '' }, effects: [{ type: 'notice', message: parsed.message.replace('a room needs', 'it needs') }] };
        const [w, d] = parsed.size;
        if (s.name === 'dragging' || s.name === 'pointing') {
          const sx = s.current[0] < s.origin[0] ? -1 : 1;
          const sy = s.current[1] < s.origin[1] ? -1 : 1;
          return finish(rect(s.origin, [s.origin[0] + sx * w, s.origin[1] + sy * d]), ctx, idle(s.preset));
        }
        const hover = s.name === 'idle' ? (s.hover?.point ?? null) : s.name === 'placing' ? s.hover : null;
        return {
          state: { name: 'placing', size: parsed.size, hover, typed: '', preset: s.preset },
          effects: [{ type: 'notice', message: `Click where the top-left corner of the ${formatLength(w)} × ${formatLength(d)} ${presetName(k, s.preset)} goes.` }],
        };
      }
      if (e.key === 'Backspace' && !s.typed && s.name === 'drawing') {
        return same(s.points.length <= 1 ? idle(s.preset) : { ...s, points: s.points.slice(0, -1) });
      }
      const typed = typeKey(s.typed, e.key);
      if (typed === null || e.ctrl) return null;
      return same({ ...s, typed } as SiteShapeState);
    },

    cancel(s) {
      if (s.typed) return same({ ...s, typed: '' } as SiteShapeState);
      return s.name === 'idle' ? null : same(idle(s.preset));
    },

    overlay(s): Overlay {
      switch (s.name) {
        case 'idle':
          return s.hover ? [{ type: 'snap', at: s.hover.point, kind: s.hover.kind }] : NO_OVERLAY;
        case 'pointing':
          return [{ type: 'snap', at: s.origin, kind: 'grid' }];
        case 'dragging':
          return [
            { type: 'polygon', points: rect(s.origin, s.current), style: 'ghost' },
            { type: 'label', at: [(s.origin[0] + s.current[0]) / 2, (s.origin[1] + s.current[1]) / 2], text: sizeLabel(s.origin, s.current) },
          ];
        case 'placing': {
          if (!s.hover) return NO_OVERLAY;
          const end: Point = [s.hover[0] + s.size[0], s.hover[1] + s.size[1]];
          return [
            { type: 'polygon', points: rect(s.hover, end), style: 'ghost' },
            { type: 'label', at: [(s.hover[0] + end[0]) / 2, (s.hover[1] + end[1]) / 2], text: sizeLabel(s.hover, end) },
          ];
        }
        case 'drawing': {
          const last = s.points[s.points.length - 1]!;
          const c = s.cursor.point;
          const shapes: Overlay[number][] = [
            { type: 'polyline', points: [...s.points, c], style: 'ghost' },
            { type: 'snap', at: c, kind: s.cursor.kind },
            { type: 'label', at: [(last[0] + c[0]) / 2, (last[1] + c[1]) / 2], text: s.typed ? `${s.typed}…` : formatLength(Math.hypot(c[0] - last[0], c[1] - last[1])) },
          ];
          if (s.points.length >= 2) shapes.unshift({ type: 'polygon', points: [...s.points, c], style: 'ghost' });
          return shapes;
        }
      }
    },

    hint(s) {
      const noun = presetName(k, s.preset);
      if (s.typed) return s.name === 'drawing' ? `Side length: ${s.typed}  (Enter to draw it)` : `Size: ${s.typed}  (Enter to use, Esc to clear)`;
      switch (s.name) {
        case 'placing':
          return `Click to place the ${noun} by its top-left corner · Esc to cancel`;
        case 'dragging':
          return `Release to add the ${noun} · type a size and Enter for an exact one · Alt: no snapping`;
        case 'drawing':
          return 'Click the next corner · type a length + Enter · Enter or double-click to close · Backspace: undo corner';
        default:
          return `Drag a ${noun}, click its corners, or type a size like 40' x 50' and press Enter`;
      }
    },
  };
}

export const playAreaTool = siteShapeTool(KINDS.playArea);
export const surfaceTool = siteShapeTool(KINDS.surface);
export const obstacleTool = siteShapeTool(KINDS.obstacle);
export const poolTool = siteShapeTool(KINDS.pool);
