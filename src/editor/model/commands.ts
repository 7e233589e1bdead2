/**
 * Document commands: what a tool or a panel asks to change, as data. `applyCommands` is the one place a plan is
 * changed; it is pure (a new plan out, the old one untouched, untouched objects shared), so a gesture can be
 * previewed from its start by re-applying its commands to the plan it began on.
 */
import type { Facility, Level, Plan } from '../../model/schema.ts';
import type { Point } from '../../geometry/types.ts';
import { listName, type ObjectByKind, type ObjectKind, type ObjectRef } from './refs.ts';

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

type Objects = { -readonly [K in ObjectKind]: Set<string> };
function byKind(refs: readonly ObjectRef[]): Objects {
  const out: Objects = { room: new Set(), door: new Set(), window: new Set(), item: new Set() };
  for (const r of refs) out[r.kind].add(r.id);
  return out;
}

/** Maps each list of each level, returning the same level object when nothing in it changed. */
function mapLevels(plan: Plan, kind: ObjectKind, fn: (o: ObjectByKind[ObjectKind], level: Level) => ObjectByKind[ObjectKind] | null): Plan {
  const key = listName(kind);
  let changed = false;
  const levels = plan.levels.map((level) => {
    const list = level[key] as readonly ObjectByKind[ObjectKind][];
    let levelChanged = false;
    const next: ObjectByKind[ObjectKind][] = [];
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

function translate(plan: Plan, refs: readonly ObjectRef[], dx: number, dy: number): Plan {
  if (dx === 0 && dy === 0) return plan;
  const ids = byKind(refs);
  let out = plan;
  out = mapLevels(out, 'room', (o) => (ids.room.has(o.id) && 'polygon' in o ? { ...o, polygon: o.polygon.map((p) => move(p, dx, dy)) } : o));
  out = mapLevels(out, 'door', (o) => (ids.door.has(o.id) && 'a' in o ? { ...o, a: move(o.a, dx, dy), b: move(o.b, dx, dy) } : o));
  out = mapLevels(out, 'window', (o) => (ids.window.has(o.id) && 'a' in o ? { ...o, a: move(o.a, dx, dy), b: move(o.b, dx, dy) } : o));
  out = mapLevels(out, 'item', (o) => (ids.item.has(o.id) && 'at' in o ? { ...o, at: move(o.at, dx, dy) } : o));
  return out;
}

/** Degrees in [0, 360), tidy (no 359.99999). */
export const normalizeDegrees = (deg: number): number => {
  const r = ((Math.round(deg * 1000) / 1000) % 360 + 360) % 360;
  return r === 360 ? 0 : r;
};

function applyOne(plan: Plan, c: DocCommand): Plan {
  switch (c.op) {
    case 'add': {
      const key = listName(c.kind);
      return {
        ...plan,
        levels: plan.levels.map((l) => (l.id === c.level ? { ...l, [key]: [...(l[key] as readonly unknown[]), c.value] } : l)),
      };
    }
    case 'update':
      return mapLevels(plan, c.ref.kind, (o) => (o.id === c.ref.id ? patched(o, c.patch as Patch<typeof o>) : o));
    case 'remove': {
      const ids = byKind(c.refs);
      let out = plan;
      for (const kind of ['room', 'door', 'window', 'item'] as const) {
        if (ids[kind].size) out = mapLevels(out, kind, (o) => (ids[kind].has(o.id) ? null : o));
      }
      return out;
    }
    case 'translate':
      return translate(plan, c.refs, c.dx, c.dy);
    case 'rotate': {
      const ids = byKind(c.refs).item;
      return mapLevels(plan, 'item', (o) => (ids.has(o.id) && 'at' in o ? patched(o, { rotation: normalizeDegrees((o.rotation ?? 0) + c.by) || undefined }) : o));
    }
    case 'moveVertex':
      return mapLevels(plan, 'room', (o) =>
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
