/**
 * A room's outline changes (a corner dragged or removed; adding one in line with a wall moves nothing): each door and window on its walls is carried onto
 * the wall it was on, as that wall now runs. An opening that would no longer fit on its wall refuses the edit, with
 * a sentence saying which one and why, rather than leaving a door hanging in the air.
 */
import type { Point } from '../../geometry/types.ts';
import type { Level } from '../../model/schema.ts';
import type { DocCommand } from '../model/commands.ts';
import { describeOpening, edgeOf, hostEdge, hostedBy, liesOn, refit } from './openingOnWall.ts';

/** Where each edge of the old outline went in the new one (by index). */
export type EdgeMap = (oldEdge: number) => number;

/** A corner moved: every edge keeps its index. */
export const SAME_EDGES: EdgeMap = (i) => i;

/** Corner `index` of an outline of `n` corners removed: the two walls that met there become one; later ones move down. */
export function edgesAfterRemoving(index: number, n: number): EdgeMap {
  const merged = (index - 1 + (n - 1)) % (n - 1);
  return (i) => (i === index || i === (index - 1 + n) % n ? merged : i > index ? i - 1 : i);
}

export type Carried = { readonly ok: true; readonly commands: DocCommand[] } | { readonly ok: false; readonly message: string };

const sameEdge = (p: readonly Point[], q: readonly Point[], i: number, j: number) => {
  const [a, b] = edgeOf(p, i);
  const [c, d] = edgeOf(q, j);
  return a[0] === c[0] && a[1] === c[1] && b[0] === d[0] && b[1] === d[1];
};

/** The updates that keep every opening of `roomId` on its wall once the room's outline is `polygon`. */
export function carryOpenings(level: Level, roomId: string, polygon: readonly Point[], edges: EdgeMap): Carried {
  const room = level.rooms.find((r) => r.id === roomId);
  if (!room) return { ok: true, commands: [] };
  const commands: DocCommand[] = [];
  for (const { kind, o } of hostedBy(level, roomId)) {
    const old = hostEdge(room.polygon, o.a, o.b);
    if (old < 0) continue;
    const edge = edges(old);
    // Its wall did not change, or it still lies on it: nothing to do, even for an imported
    // opening that sits a little off its face.
    if (sameEdge(room.polygon, polygon, old, edge)) continue;
    const [s, e] = edgeOf(polygon, edge);
    if (liesOn(s, e, o.a, o.b)) continue;
    const fitted = refit(s, e, o);
    if (!fitted.ok) return { ok: false, message: `${describeOpening(kind, o)} would no longer fit on its wall: ${fitted.message}` };
    commands.push({ op: 'update', ref: { kind, id: o.id }, patch: { a: fitted.a, b: fitted.b } });
  }
  return { ok: true, commands };
}
