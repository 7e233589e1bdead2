/**
 * During a gesture only a few objects change. The plan layer keeps drawing the level as the gesture began, minus
 * those objects; a small layer above draws them as they are now. The big layer's props do not change from frame to
 * frame, so it is not redrawn while a room is dragged across a 200-room plan.
 */
import type { Level } from '../../model/schema.ts';
import { objectsOf, OBJECT_KINDS } from '../model/refs.ts';

export const NOTHING: ReadonlySet<string> = new Set();

/** `kind:id` of every object added, changed or removed between the two versions of a level. */
export function changedKeys(before: Level, after: Level): string[] {
  if (before === after) return [];
  const out: string[] = [];
  for (const kind of OBJECT_KINDS) {
    const a = objectsOf(before, kind);
    const b = objectsOf(after, kind);
    if (a === b) continue;
    const old = new Map(a.map((o) => [o.id, o]));
    for (const o of b) {
      if (old.get(o.id) !== o) out.push(`${kind}:${o.id}`);
      old.delete(o.id);
    }
    for (const id of old.keys()) out.push(`${kind}:${id}`);
  }
  return out.sort();
}
