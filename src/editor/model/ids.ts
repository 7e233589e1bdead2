/** New ids: the kind's prefix and the next number not used anywhere in the plan (`R7`, `D12`, `I3`, `EQ2`). */
import type { Plan } from '../../model/schema.ts';
import { isSiteKind, objectsOf, siteObjectsOf, type ObjectKind } from './refs.ts';

const PREFIX: Record<ObjectKind | 'level', string> = {
  room: 'R',
  door: 'D',
  window: 'W',
  item: 'I',
  level: 'L',
  playArea: 'PA',
  surface: 'SF',
  equipment: 'EQ',
  pool: 'PL',
  obstacle: 'OB',
};

function used(plan: Plan, kind: ObjectKind | 'level'): Set<string> {
  if (kind === 'level') return new Set(plan.levels.map((l) => l.id));
  if (isSiteKind(kind)) return new Set(siteObjectsOf(plan.site, kind).map((o) => o.id));
  const ids = new Set<string>();
  for (const level of plan.levels) for (const o of objectsOf(level, kind)) ids.add(o.id);
  return ids;
}

/** `count` fresh ids of one kind, in order. */
export function freshIds(plan: Plan, kind: ObjectKind | 'level', count = 1): string[] {
  const taken = used(plan, kind);
  const prefix = PREFIX[kind];
  let n = 1;
  for (const id of taken) {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  const out: string[] = [];
  while (out.length < count) {
    const id = `${prefix}${n++}`;
    if (!taken.has(id)) out.push(id);
  }
  return out;
}

export const freshId = (plan: Plan, kind: ObjectKind | 'level'): string => freshIds(plan, kind, 1)[0]!;
