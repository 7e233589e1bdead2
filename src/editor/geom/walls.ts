/**
 * Doors and windows are placed on a room's wall face. The room on the other side of a door is the one whose face is
 * within 24" across the wall (plan-format.md, Door); with none, the door leads outside and is an exit.
 */
import { pointInRing } from '../../geometry/contains.ts';
import { nearestEdge } from '../../geometry/segments.ts';
import type { Point } from '../../geometry/types.ts';
import { DOOR_REACH_ACROSS_WALL } from '../../model/geometryRules.ts';
import type { Level, Room } from '../../model/schema.ts';
import { fitOnWall } from './openingOnWall.ts';
import { midpoint, normalInto } from './shapes.ts';

export const DEFAULT_DOOR_WIDTH = 36;
export const DEFAULT_WINDOW_WIDTH = 36;

/** How far from a wall face (14 screen pixels, at least 6") the pointer still finds it, at `scale` pixels per inch. */
export const wallReach = (scale: number): number => Math.max(14 / scale, 6);

export interface WallSpot {
  readonly room: Room;
  /** The wall face: edge `edge` of the room's polygon, from `start` to `end`. */
  readonly edge: number;
  readonly start: Point;
  readonly end: Point;
  /** The pointer projected onto the face. */
  readonly at: Point;
}

/** The wall face under the pointer: the room the pointer is in first, then any face within `tolerance`. */
export function wallUnder(level: Level, p: Point, tolerance: number): WallSpot | null {
  let best: { spot: WallSpot; d: number } | null = null;
  for (const room of level.rooms) {
    const near = nearestEdge(p, room.polygon);
    if (near.index < 0) continue;
    // A pointer inside the room means "this side of the wall" even when the face of the room next door is as close.
    const d = near.distance - (pointInRing(p, room.polygon) === 'inside' ? 0.5 : 0);
    if (near.distance > tolerance || (best && d >= best.d)) continue;
    const ring = room.polygon;
    best = { d, spot: { room, edge: near.index, start: ring[near.index]!, end: ring[(near.index + 1) % ring.length]!, at: near.point } };
  }
  return best?.spot ?? null;
}

export interface Opening {
  readonly room: string;
  readonly a: Point;
  readonly b: Point;
  /** The room across the wall, or "outside". */
  readonly other: string;
}

/** An opening `width` wide centred where the pointer is, slid along the face so it fits clear of the corners; null if the face is shorter. */
export function openingAt(level: Level, spot: WallSpot, width: number, grid = 0): Opening | null {
  const fitted = fitOnWall(spot.start, spot.end, width, spot.at, true, grid);
  if (!fitted.ok) return null;
  return { room: spot.room.id, a: fitted.a, b: fitted.b, other: otherSide(level, spot.room, fitted.a, fitted.b) };
}

/** The room whose face lies within 24" across the wall from the opening a–b of `room`, or "outside". */
export function otherSide(level: Level, room: Room, a: Point, b: Point): string {
  const mid = midpoint(a, b);
  const inward = normalInto(a, b, room);
  let best: { id: string; d: number } | null = null;
  for (const other of level.rooms) {
    if (other.id === room.id) continue;
    const near = nearestEdge(mid, other.polygon);
    if (near.distance > DOOR_REACH_ACROSS_WALL) continue;
    // Across the wall: the other face lies outward from this room (or on the face itself, for walls of no thickness).
    const across = (near.point[0] - mid[0]) * -inward[0] + (near.point[1] - mid[1]) * -inward[1];
    if (near.distance > 1 && across < near.distance * 0.7) continue;
    if (!best || near.distance < best.d) best = { id: other.id, d: near.distance };
  }
  return best?.id ?? 'outside';
}

/** The room a point stands in, if any. */
export function roomAt(level: Level, p: Point): Room | undefined {
  for (let i = level.rooms.length - 1; i >= 0; i--) {
    const room = level.rooms[i]!;
    if (pointInRing(p, room.polygon) !== 'outside') return room;
  }
  return undefined;
}
