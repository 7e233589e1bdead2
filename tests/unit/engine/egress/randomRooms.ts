/**
 * Random single-room plans for the travel tests and the accuracy bench: a rectangle or an L, exits on its walls,
 * a few floor items placed by fractions of the room's size. Shared by travel.property.test.ts (fast-check draws the
 * specs) and bench/remotestAccuracy.ts (a seeded generator does).
 */
import { pointInRing } from '../../../../src/geometry/index.ts';
import type { Point, Ring } from '../../../../src/geometry/types.ts';
import type { Door, Item, ItemType, Plan } from '../../../../src/model/schema.ts';
import { validatePlan } from '../../../../src/model/validate.ts';
import { describeError } from '../../../../src/model/result.ts';

export type Pt = [number, number];

export interface RoomSpec {
  /** Outside dimensions, inches. */
  readonly w: number;
  readonly d: number;
  /** L shapes: which corner is cut away (0 NW, 1 NE, 2 SE, 3 SW) and how far along each of its two walls. */
  readonly notch: { readonly corner: number; readonly a: number; readonly b: number } | null;
  readonly exits: readonly { readonly edge: number; readonly t: number; readonly width: number }[];
  readonly items: readonly { readonly type: ItemType; readonly fx: number; readonly fy: number; readonly rotation: number }[];
}

export const ITEM_TYPES: readonly ItemType[] = ['crib', 'cot', 'table', 'shelving', 'furniture', 'indoor-climber'];

/** The room polygon, clockwise on screen (y south): NW, NE, SE, SW with one corner cut away for an L. */
export function polygonOf(spec: RoomSpec): Pt[] {
  const corners: Pt[] = [[0, 0], [spec.w, 0], [spec.w, spec.d], [0, spec.d]];
  if (!spec.notch) return corners;
  const k = spec.notch.corner;
  const v = corners[k]!;
  const prev = corners[(k + 3) % 4]!;
  const next = corners[(k + 1) % 4]!;
  const unit = (a: Pt, b: Pt): Pt => {
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return [(b[0] - a[0]) / l, (b[1] - a[1]) / l];
  };
  const up = unit(prev, v);
  const un = unit(v, next);
  // a: cut along the wall coming in; b: along the wall going out.
  const { a, b } = spec.notch;
  const p1: Pt = [v[0] - up[0] * a, v[1] - up[1] * a];
  const p2: Pt = [v[0] - up[0] * a + un[0] * b, v[1] - up[1] * a + un[1] * b];
  const p3: Pt = [v[0] + un[0] * b, v[1] + un[1] * b];
  const out = [...corners];
  out.splice(k, 1, p1, p2, p3);
  return out;
}

/** Exits as doors to outside on walls of the polygon (12 in from the wall's ends); overlapping ones dropped. */
export function exitsOf(spec: RoomSpec, polygon: readonly Pt[]): Door[] {
  const doors: Door[] = [];
  const placed: { edge: number; from: number; to: number }[] = [];
  spec.exits.forEach((e, i) => {
    const n = polygon.length;
    let edge = e.edge % n;
    const len = (k: number) => Math.hypot(polygon[(k + 1) % n]![0] - polygon[k]![0], polygon[(k + 1) % n]![1] - polygon[k]![1]);
    if (len(edge) < e.width + 24) edge = [...polygon.keys()].reduce((best, k) => (len(k) > len(best) ? k : best), 0);
    const L = len(edge);
    const from = 12 + e.t * (L - e.width - 24);
    const to = from + e.width;
    if (placed.some((q) => q.edge === edge && from < q.to + 1 && to > q.from - 1)) return;
    placed.push({ edge, from, to });
    const p = polygon[edge]!;
    const q = polygon[(edge + 1) % n]!;
    const at = (s: number): Pt => [p[0] + ((q[0] - p[0]) * s) / L, p[1] + ((q[1] - p[1]) * s) / L];
    doors.push({ id: `x${i + 1}`, a: at(from), b: at(to), rooms: ['R', 'outside'], swing: 'outside' });
  });
  return doors;
}

/** Items whose centre falls inside the room (others dropped). */
export function itemsOf(spec: RoomSpec, polygon: Ring): Item[] {
  return spec.items.flatMap((it, i): Item[] => {
    const at: Pt = [Math.round(it.fx * spec.w), Math.round(it.fy * spec.d)];
    return pointInRing(at, polygon) === 'inside' ? [{ id: `i${i + 1}`, type: it.type, at, rotation: it.rotation }] : [];
  });
}

export function planOf(polygon: Pt[], doors: Door[], items: Item[]): Plan {
  const p: Plan = {
    format: 'safeplan.plan',
    version: 1,
    facility: { name: 'Property test', kind: 'center', licensing: 'new', sprinklered: false, nighttime: false },
    levels: [
      {
        id: 'L1',
        name: 'Main floor',
        elevation: 0,
        rooms: [{ id: 'R', name: 'R', use: 'child-care', ages: ['preschool'], polygon }],
        doors,
        windows: [],
        items,
      },
    ],
  };
  const result = validatePlan(JSON.parse(JSON.stringify(p)));
  if (!result.ok) throw new Error(`generated an invalid plan:\n${result.errors.map(describeError).join('\n')}\n${JSON.stringify(p)}`);
  return result.value;
}

export const planFromSpec = (spec: RoomSpec, extra: Item[] = []): Plan => {
  const polygon = polygonOf(spec);
  return planOf(polygon, exitsOf(spec, polygon), [...itemsOf(spec, polygon), ...extra]);
};

/** Every coordinate of the plan through f; item rotations + `turn` degrees. */
export function mapPlan(p: Plan, f: (q: Point) => Pt, turn: number): Plan {
  const level = p.levels[0]!;
  return planOf(
    level.rooms[0]!.polygon.map(f),
    level.doors.map((d) => ({ ...d, a: f(d.a), b: f(d.b) })),
    level.items.map((i) => ({ ...i, at: f(i.at), rotation: (i.rotation ?? 0) + turn })),
  );
}
