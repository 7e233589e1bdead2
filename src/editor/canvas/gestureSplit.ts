/**
 * During a gesture only a few objects change. The plan layer keeps drawing the level as the gesture began, minus
 * those objects; a small layer above draws them as they are now. The big layer's props do not change from frame to
 * frame, so it is not redrawn while a room is dragged across a 200-room plan.
 */
import type { Level, Site } from '../../model/schema.ts';
import { BUILDING_KINDS, objectsOf, SITE_KINDS, siteObjectsOf } from '../model/refs.ts';

export const NOTHING: ReadonlySet<string> = new Set();

function diff(kind: string, a: readonly { id: string }[], b: readonly { id: string }[], out: string[]): void {
  if (a === b) return;
  const old = new Map(a.map((o) => [o.id, o]));
  for (const o of b) {
    if (old.get(o.id) !== o) out.push(`${kind}:${o.id}`);
    old.delete(o.id);
  }
  for (const id of old.keys()) out.push(`${kind}:${id}`);
}

/** `kind:id` of every object added, changed or removed between the two versions of a level. */
export function changedKeys(before: Level, after: Level): string[] {
  if (before === after) return [];
  const out: string[] = [];
  for (const kind of BUILDING_KINDS) diff(kind, objectsOf(before, kind), objectsOf(after, kind), out);
  return out.sort();
}

/** The same for the site's objects. */
export function changedSiteKeys(before: Site | undefined, after: Site | undefined): string[] {
  if (before === after) return [];
  const out: string[] = [];
  for (const kind of SITE_KINDS) diff(kind, siteObjectsOf(before, kind), siteObjectsOf(after, kind), out);
  return out.sort();
}
