/**
 * Dragging a door or window moves it along its wall, never off it: its centre follows the pointer's projection onto
 * the wall, clamped so the whole opening stays on the wall and clear of the corners. Dragged clearly onto another
 * wall (well off its own, and on the other's face), it moves to that wall. Either way the room across is found
 * again, and a leaf that swung into the old neighbour swings into the new one.
 */
import { distancePointToSegment } from '../../geometry/segments.ts';
import type { Point } from '../../geometry/types.ts';
import type { Door, Level, Window } from '../../model/schema.ts';
import type { DocCommand } from '../model/commands.ts';
import { edgeOf, fitOnWall, hostEdge, hostRoom, runsAlong, widthOf, type AnyOpening, type Fitted, type OpeningKind } from './openingOnWall.ts';
import { midpoint } from './shapes.ts';
import { otherSide, wallUnder } from './walls.ts';

/** Inches the pointer must be off an opening's own wall before another wall can take it. */
export const HOP_DISTANCE = 12;

export interface SlideOptions {
  /** The slide along the wall is rounded to this many inches (0: not rounded). */
  readonly step: number;
  /** How far (inches) from a wall face the pointer still finds it; null: the opening keeps to its own wall. */
  readonly reach: number | null;
}

/** The update that slides opening `o` by (dx, dy) on `level`, or null when it does not move. */
export function slideOpening(level: Level, kind: OpeningKind, o: AnyOpening, dx: number, dy: number, opts: SlideOptions): DocCommand | null {
  const room = hostRoom(level, kind, o);
  if (!room) return null;
  const edge = hostEdge(room.polygon, o.a, o.b);
  const [s, e] = edgeOf(room.polygon, edge);
  const mid = midpoint(o.a, o.b);
  const pointer: Point = [mid[0] + dx, mid[1] + dy];

  let host = room;
  let fitted: Fitted | null = null;
  if (opts.reach !== null && distancePointToSegment(pointer, s, e) > Math.max(HOP_DISTANCE, opts.reach)) {
    const spot = wallUnder(level, pointer, opts.reach);
    if (spot && !(spot.room.id === room.id && spot.edge === edge)) {
      const there = fitOnWall(spot.start, spot.end, widthOf(o), pointer, true, opts.step);
      if (there.ok) [host, fitted] = [spot.room, there];
    }
  }
  if (!fitted) {
    // Along its own wall, in steps from where it was, so a door set 1" off the grid keeps that inch.
    const len = Math.hypot(e[0] - s[0], e[1] - s[1]) || 1;
    const dir: Point = [(e[0] - s[0]) / len, (e[1] - s[1]) / len];
    let along = dx * dir[0] + dy * dir[1];
    if (opts.step > 0) along = Math.round(along / opts.step) * opts.step;
    fitted = fitOnWall(s, e, widthOf(o), [mid[0] + dir[0] * along, mid[1] + dir[1] * along], runsAlong(s, e, o.a, o.b));
  }
  if (!fitted.ok) return null;
  const { a, b } = fitted;
  const other = otherSide(level, host, a, b);
  if (kind === 'window') {
    const w = o as Window;
    const before = otherSide(level, room, w.a, w.b);
    // "Opens to the outside" follows the wall only when the side across changed; a setting made by hand stays.
    const outside = other === before ? w.outside : other === 'outside' ? undefined : false;
    if (a[0] === w.a[0] && a[1] === w.a[1] && b[0] === w.b[0] && b[1] === w.b[1] && host.id === w.room) return null;
    return { op: 'update', ref: { kind, id: w.id }, patch: { a, b, room: host.id, outside } };
  }
  const d = o as Door;
  const swing = d.swing === 'none' ? 'none' : d.swing === d.rooms[0] ? host.id : other;
  if (a[0] === d.a[0] && a[1] === d.a[1] && b[0] === d.b[0] && b[1] === d.b[1] && host.id === d.rooms[0] && other === d.rooms[1]) return null;
  return { op: 'update', ref: { kind, id: d.id }, patch: { a, b, rooms: [host.id, other], swing } satisfies Partial<Door> };
}
