/**
 * A door or window lies on one wall face of its room (plan-format.md: both ends within 1" of the face, not across a
 * corner). Whatever the editor does to an opening (slide it, resize it) or to its room's outline (move, add or
 * remove a corner), the opening is put back on one straight wall here, so no edit can leave a plan the format refuses.
 */
import { distancePointToSegment } from '../../geometry/segments.ts';
import type { Point } from '../../geometry/types.ts';
import type { Door, Level, Room, Window } from '../../model/schema.ts';
import { formatLength } from '../../model/units.ts';
import { length, midpoint } from './shapes.ts';

/** Inches the editor keeps between a jamb it places and a corner (trim and the wall's end), when the wall is long enough. */
export const CORNER_CLEARANCE = 2;

export type OpeningKind = 'door' | 'window';
export type AnyOpening = Door | Window;

const round = (n: number) => Math.round(n * 1000) / 1000 + 0;

/** The room whose wall holds the opening: a door's first side, a window's room. */
export const hostId = (kind: OpeningKind, o: AnyOpening): string => (kind === 'door' ? (o as Door).rooms[0] : (o as Window).room);

export const widthOf = (o: { a: Point; b: Point }): number => length(o.a, o.b);

/** Edge `i` of a ring: its start and end. */
export const edgeOf = (ring: readonly Point[], i: number): [Point, Point] => [ring[i]!, ring[(i + 1) % ring.length]!];

/** The edge of `ring` that holds the opening a–b: the one both ends are nearest (for one straddling a corner, the one with more of it). */
export function hostEdge(ring: readonly Point[], a: Point, b: Point): number {
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const [s, e] = edgeOf(ring, i);
    const score = distancePointToSegment(a, s, e) + distancePointToSegment(b, s, e);
    if (score < bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/** True when a–b lies on edge s–e (both ends within `tolerance`). */
export function liesOn(s: Point, e: Point, a: Point, b: Point, tolerance = 1e-3): boolean {
  return distancePointToSegment(a, s, e) <= tolerance && distancePointToSegment(b, s, e) <= tolerance;
}

export type Fitted = { readonly ok: true; readonly a: [number, number]; readonly b: [number, number] } | { readonly ok: false; readonly message: string };

/**
 * An opening `width` wide on the wall s–e, centred as near `centre` as it fits with CORNER_CLEARANCE at each end
 * (less when the wall is barely wider than the opening). `along`: a before b in the direction s→e (keeps which jamb
 * is `a`, so the hinge stays on the same jamb). `step`: the centre's distance from s is rounded to it (0: not).
 */
export function fitOnWall(s: Point, e: Point, width: number, centre: Point, along = true, step = 0): Fitted {
  const len = length(s, e);
  if (len + 1e-9 < width) return { ok: false, message: `the wall is ${formatLength(len)} long, shorter than the ${formatLength(width)} opening` };
  const dir: Point = [(e[0] - s[0]) / len, (e[1] - s[1]) / len];
  const clearance = Math.min(CORNER_CLEARANCE, (len - width) / 2);
  let t = (centre[0] - s[0]) * dir[0] + (centre[1] - s[1]) * dir[1];
  if (step > 0) t = Math.round(t / step) * step;
  t = Math.min(len - clearance - width / 2, Math.max(clearance + width / 2, t));
  const p = (d: number): [number, number] => [round(s[0] + dir[0] * d), round(s[1] + dir[1] * d)];
  const near = p(t - width / 2);
  const far = p(t + width / 2);
  return along ? { ok: true, a: near, b: far } : { ok: true, a: far, b: near };
}

/** Does a→b run the same way as s→e? */
export const runsAlong = (s: Point, e: Point, a: Point, b: Point): boolean => (b[0] - a[0]) * (e[0] - s[0]) + (b[1] - a[1]) * (e[1] - s[1]) >= 0;

/** The opening a–b slid along (or onto) the wall s–e so its centre is as near `centre` as fits; its width is kept. */
export function refit(s: Point, e: Point, o: { a: Point; b: Point }, centre: Point = midpoint(o.a, o.b), step = 0): Fitted {
  return fitOnWall(s, e, widthOf(o), centre, runsAlong(s, e, o.a, o.b), step);
}

/** Which opening, for a sentence: `door D2 (3'-0")`. */
export const describeOpening = (kind: OpeningKind, o: AnyOpening): string => `${kind} ${o.id} (${formatLength(widthOf(o))})`;

/** The openings whose wall is a face of `roomId`, with their kind. */
export function hostedBy(level: Level, roomId: string): { kind: OpeningKind; o: AnyOpening }[] {
  return [
    ...level.doors.filter((d) => d.rooms[0] === roomId).map((o) => ({ kind: 'door' as const, o })),
    ...level.windows.filter((w) => w.room === roomId).map((o) => ({ kind: 'window' as const, o })),
  ];
}

/** The room holding an opening, if it is on the level. */
export const hostRoom = (level: Level, kind: OpeningKind, o: AnyOpening): Room | undefined => level.rooms.find((r) => r.id === hostId(kind, o));

/**
 * The opening made `width` wide about the same centre, on the same wall; slid along it when the new width would
 * reach past a corner. Refused, with a sentence, when the wall is shorter than that.
 */
export function resizeOnWall(level: Level, kind: OpeningKind, o: AnyOpening, width: number): Fitted {
  const room = hostRoom(level, kind, o);
  if (!room) return { ok: false, message: `its room "${hostId(kind, o)}" is not on this level` };
  const [s, e] = edgeOf(room.polygon, hostEdge(room.polygon, o.a, o.b));
  return fitOnWall(s, e, width, midpoint(o.a, o.b), runsAlong(s, e, o.a, o.b));
}

/** Where a copy of the opening goes on the same wall: beside it, `gap` inches away, on whichever side has room. */
export function besideOnWall(level: Level, kind: OpeningKind, o: AnyOpening, gap = 12): Fitted {
  const room = hostRoom(level, kind, o);
  if (!room) return { ok: false, message: `its room "${hostId(kind, o)}" is not on this level` };
  const [s, e] = edgeOf(room.polygon, hostEdge(room.polygon, o.a, o.b));
  const len = length(s, e) || 1;
  const dir: Point = [(e[0] - s[0]) / len, (e[1] - s[1]) / len];
  const w = widthOf(o);
  const mid = midpoint(o.a, o.b);
  const along = (p: Point) => (p[0] - s[0]) * dir[0] + (p[1] - s[1]) * dir[1];
  // The openings already on this wall, as spans along it: a copy must not overlap one.
  const taken = [...level.doors, ...level.windows]
    .filter((x) => liesOn(s, e, x.a, x.b, 1))
    .map((x) => [Math.min(along(x.a), along(x.b)), Math.max(along(x.a), along(x.b))] as const);
  for (const side of [1, -1]) {
    const centre: Point = [mid[0] + dir[0] * side * (w + gap), mid[1] + dir[1] * side * (w + gap)];
    const fitted = fitOnWall(s, e, w, centre, runsAlong(s, e, o.a, o.b));
    if (!fitted.ok) continue;
    const lo = Math.min(along(fitted.a), along(fitted.b));
    const hi = Math.max(along(fitted.a), along(fitted.b));
    if (taken.every(([x0, x1]) => hi <= x0 + 1e-6 || lo >= x1 - 1e-6)) return fitted;
  }
  return { ok: false, message: `there is no room on its wall for another ${formatLength(w)} ${kind}` };
}
