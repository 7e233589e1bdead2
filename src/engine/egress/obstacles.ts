/**
 * What a path of travel keeps its distance from (checks.md, "Travel distance"): 12 in from every corner jutting
 * into the walkable area — the reflex corners of rooms and the jambs of doors passed through, where the clearance is
 * min(12 in, half the clear width) — and 12 in from the footprint of every item standing on the floor.
 */
import { signedArea } from '../../geometry/index.ts';
import type { Point, Ring } from '../../geometry/types.ts';
import type { DoorInfo, ItemInfo, RoomInfo } from '../facility.ts';
import type { Passage } from './passages.ts';

export const CLEARANCE = 12;
/**
 * The clearance polygon around furniture stands up to 0.42" proud of the 12" circle (30° steps), so a path between
 * two items may pass 11.55" from each: otherwise a 24" aisle between cribs — exactly the 12" + 12" the method asks
 * for — would have no node in it and read as closed. Gaps under 23" stay closed.
 */
export const ITEM_CLEARANCE = 11.55;

export interface CornerObstacle {
  readonly kind: 'corner';
  readonly centre: Point;
  readonly radius: number;
  readonly room: RoomInfo;
}

export interface JambObstacle {
  readonly kind: 'jamb';
  readonly centre: Point;
  readonly radius: number;
  readonly door: DoorInfo;
}

export interface ItemObstacle {
  readonly kind: 'item';
  /** Footprint, counter-clockwise in math axes (positive signed area). */
  readonly ring: Ring;
  readonly radius: number;
  readonly item: ItemInfo;
}

export type Obstacle = CornerObstacle | JambObstacle | ItemObstacle;

/** Vertices where the room's inside turns back on itself (interior angle over 180°). */
export function reflexCorners(ring: Ring): Point[] {
  const orientation = Math.sign(signedArea(ring));
  const out: Point[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const prev = ring[(i + n - 1) % n]!;
    const cur = ring[i]!;
    const next = ring[(i + 1) % n]!;
    const ax = cur[0] - prev[0], ay = cur[1] - prev[1], bx = next[0] - cur[0], by = next[1] - cur[1];
    const la = Math.hypot(ax, ay), lb = Math.hypot(bx, by);
    if (la === 0 || lb === 0) continue;
    // sin of the turn: a turn against the ring's winding of more than ~0.5° is a reflex corner.
    if (((ax * by - ay * bx) / (la * lb)) * orientation < -0.01) out.push(cur);
  }
  return out;
}

export function obstaclesOf(rooms: readonly RoomInfo[], passages: readonly Passage[], isTarget: (door: DoorInfo) => boolean): Obstacle[] {
  const out: Obstacle[] = [];
  for (const room of rooms) {
    for (const c of reflexCorners(room.room.polygon)) out.push({ kind: 'corner', centre: c, radius: CLEARANCE, room });
    for (const info of room.items) {
      if (!info.footprint) continue;
      const ring = signedArea(info.footprint) < 0 ? [...info.footprint].reverse() : info.footprint;
      out.push({ kind: 'item', ring, radius: ITEM_CLEARANCE, item: info });
    }
  }
  for (const pass of passages) {
    if (isTarget(pass.door)) continue; // travel ends in this doorway; its jambs are never rounded
    const radius = Math.min(CLEARANCE, pass.door.width / 2);
    const jambs = pass.polygon ? [pass.a, pass.b, pass.a2, pass.b2] : [pass.a, pass.b];
    for (const j of jambs) out.push({ kind: 'jamb', centre: j, radius, door: pass.door });
  }
  return out;
}
