/**
 * Document commands: what a tool or a panel asks to change, as data. `applyCommands` is the one place a plan is
 * changed; it is pure (a new plan out, the old one untouched, untouched objects shared), so a gesture can be
 * previewed from its start by re-applying its commands to the plan it began on.
 *
 * Site objects (play areas, surfaces, equipment, pools, obstacles) live in `plan.site`; the same commands reach them
 * (an `add` of a site kind ignores its level).
 */
import type { Equipment, Facility, Level, Plan, Site } from '../../model/schema.ts';
import type { Point } from '../../geometry/types.ts';
import { ringCentroid } from '../../geometry/centroid.ts';
import { BUILDING_KINDS, isSiteKind, listName, SITE_KINDS, type BuildingKind, type ObjectByKind, type ObjectKind, type ObjectRef, type SiteKind } from './refs.ts';

/** A field set to `undefined` in a patch is removed from the object (an optional field back to its default). */
export type Patch<T> = { readonly [K in keyof T]?: T[K] | undefined };

export type DocCommand =
  | { readonly op: 'add'; readonly level: string; readonly kind: ObjectKind; readonly value: ObjectByKind[ObjectKind] }
  | { readonly op: 'update'; readonly ref: ObjectRef; readonly patch: Patch<ObjectByKind[ObjectKind]> }
  | { readonly op: 'remove'; readonly refs: readonly ObjectRef[] }
  | { readonly op: 'translate'; readonly refs: readonly ObjectRef[]; readonly dx: number; readonly dy: number }
  | { readonly op: 'rotate'; readonly refs: readonly ObjectRef[]; readonly by: number }
  | { readonly op: 'moveVertex'; readonly ref: ObjectRef; readonly index: number; readonly to: Point }
  | { readonly op: 'facility'; readonly patch: Patch<Facility> }
  | { readonly op: 'addLevel'; readonly value: Level }
  | { readonly op: 'updateLevel'; readonly id: string; readonly patch: Patch<Pick<Level, 'name' | 'elevation'>> }
  | { readonly op: 'removeLevel'; readonly id: string };

export function patched<T extends object>(value: T, patch: Patch<T>): T {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, v] of Object.entries(patch)) {
    if (v === undefined) delete out[key];
    else out[key] = v;
  }
  return out as T;
}

const move = (p: Point, dx: number, dy: number): [number, number] => [p[0] + dx, p[1] + dy];
const tidy = (n: number) => Math.round(n * 1000) / 1000 + 0;

type Objects = { -readonly [K in ObjectKind]: Set<string> };
function byKind(refs: readonly ObjectRef[]): Objects {
  const out = Object.fromEntries([...BUILDING_KINDS, ...SITE_KINDS].map((k) => [k, new Set<string>()])) as Objects;
  for (const r of refs) out[r.kind].add(r.id);
  return out;
}

type AnyObject = ObjectByKind[ObjectKind];

/** Maps each list of each level, returning the same level object when nothing in it changed. */
function mapLevels(plan: Plan, kind: BuildingKind, fn: (o: AnyObject, level: Level) => AnyObject | null): Plan {
  const key = listName(kind);
  let changed = false;
  const levels = plan.levels.map((level) => {
    const list = level[key] as readonly AnyObject[];
    let levelChanged = false;
    const next: AnyObject[] = [];
    for (const o of list) {
      const n = fn(o, level);
      if (n !== o) levelChanged = true;
      if (n) next.push(n);
    }
    if (!levelChanged) return level;
    changed = true;
    return { ...level, [key]: next };
  });
  return changed ? { ...plan, levels } : plan;
}

/** Maps one list of the site, returning the same plan when nothing in it changed. */
function mapSite(plan: Plan, kind: SiteKind, fn: (o: AnyObject) => AnyObject | null): Plan {
  const key = listName(kind);
  const list = (plan.site?.[key] as readonly AnyObject[] | undefined) ?? [];
  let changed = false;
  const next: AnyObject[] = [];
  for (const o of list) {
    const n = fn(o);
    if (n !== o) changed = true;
    if (n) next.push(n);
  }
  return changed ? { ...plan, site: { ...plan.site, [key]: next } as Site } : plan;
}

function mapKind(plan: Plan, kind: ObjectKind, fn: (o: AnyObject) => AnyObject | null): Plan {
  return isSiteKind(kind) ? mapSite(plan, kind, fn) : mapLevels(plan, kind, fn);
}

function translate(plan: Plan, refs: readonly ObjectRef[], dx: number, dy: number): Plan {
  if (dx === 0 && dy === 0) return plan;
  const ids = byKind(refs);
  let out = plan;
  for (const kind of [...BUILDING_KINDS, ...SITE_KINDS]) {
    if (ids[kind].size === 0) continue;
    out = mapKind(out, kind, (o) => {
      if (!ids[kind].has(o.id)) return o;
      if ('polygon' in o) return { ...o, polygon: o.polygon.map((p) => move(p, dx, dy)) };
      if ('at' in o) return { ...o, at: move(o.at, dx, dy) };
      if ('a' in o) return { ...o, a: move(o.a, dx, dy), b: move(o.b, dx, dy) };
      return o;
    });
  }
  return out;
}

/** Degrees in [0, 360), tidy (no 359.99999). */
export const normalizeDegrees = (deg: number): number => {
  const r = ((Math.round(deg * 1000) / 1000) % 360 + 360) % 360;
  return r === 360 ? 0 : r;
};

/** A polygon turned `by` degrees (clockwise on screen, y down) about its centroid (so Q then E puts it back). */
export function rotateRing(ring: readonly Point[], by: number): [number, number][] {
  const [cx, cy] = ringCentroid(ring);
  const a = (by * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  return ring.map((p) => {
    const x = p[0] - cx;
    const y = p[1] - cy;
    return [tidy(cx + x * c - y * s), tidy(cy + x * s + y * c)];
  });
}

function rotate(plan: Plan, refs: readonly ObjectRef[], by: number): Plan {
  const ids = byKind(refs);
  let out = mapLevels(plan, 'item', (o) => (ids.item.has(o.id) && 'at' in o ? patched(o, { rotation: normalizeDegrees(((o as { rotation?: number }).rotation ?? 0) + by) || undefined }) : o));
  out = mapSite(out, 'equipment', (x) => {
    if (!ids.equipment.has(x.id)) return x;
    const o = x as Equipment;
    // A slide's exit is an angle of the plan: it turns with the slide.
    return patched(o, { rotation: normalizeDegrees((o.rotation ?? 0) + by) || undefined, exit: o.exit === undefined ? undefined : normalizeDegrees(o.exit + by) });
  });
  for (const kind of ['playArea', 'surface', 'pool', 'obstacle'] as const) {
    if (ids[kind].size) out = mapSite(out, kind, (o) => (ids[kind].has(o.id) && 'polygon' in o ? { ...o, polygon: rotateRing(o.polygon, by) } : o));
  }
  return out;
}

function applyOne(plan: Plan, c: DocCommand): Plan {
  switch (c.op) {
    case 'add': {
      const key = listName(c.kind);
      if (isSiteKind(c.kind)) {
        const list = (plan.site?.[key as keyof Site] as readonly unknown[] | undefined) ?? [];
        return { ...plan, site: { ...plan.site, [key]: [...list, c.value] } as Site };
      }
      return {
        ...plan,
        levels: plan.levels.map((l) => (l.id === c.level ? { ...l, [key]: [...(l[key as keyof Level] as readonly unknown[]), c.value] } : l)),
      };
    }
    case 'update':
      return mapKind(plan, c.ref.kind, (o) => (o.id === c.ref.id ? patched(o, c.patch as Patch<typeof o>) : o));
    case 'remove': {
      const ids = byKind(c.refs);
      let out = plan;
      for (const kind of [...BUILDING_KINDS, ...SITE_KINDS]) {
        if (ids[kind].size) out = mapKind(out, kind, (o) => (ids[kind].has(o.id) ? null : o));
      }
      return out;
    }
    case 'translate':
      return translate(plan, c.refs, c.dx, c.dy);
    case 'rotate':
      return rotate(plan, c.refs, c.by);
    case 'moveVertex':
      if (c.ref.kind !== 'room' && (!isSiteKind(c.ref.kind) || c.ref.kind === 'equipment')) return plan;
      return mapKind(plan, c.ref.kind, (o) =>
        o.id === c.ref.id && 'polygon' in o ? { ...o, polygon: o.polygon.map((p, i) => (i === c.index ? [c.to[0], c.to[1]] : p)) } : o,
      );
    case 'facility':
      return { ...plan, facility: patched(plan.facility, c.patch) };
    case 'addLevel':
      return { ...plan, levels: [...plan.levels, c.value] };
    case 'updateLevel':
      return { ...plan, levels: plan.levels.map((l) => (l.id === c.id ? patched<Level>(l, c.patch) : l)) };
    case 'removeLevel':
      return plan.levels.length > 1 ? { ...plan, levels: plan.levels.filter((l) => l.id !== c.id) } : plan;
  }
}

export function applyCommands(plan: Plan, commands: readonly DocCommand[]): Plan {
  return commands.reduce(applyOne, plan);
}
