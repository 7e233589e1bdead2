/**
 * The walls a path may not cross: every room's inside faces, less the door openings on them, plus the jamb
 * returns across the wall at each door. Rooms that touch (walls of no thickness) each keep their face, so the
 * wall between them stands even though it has no width.
 */
import type { Point } from '../../geometry/types.ts';
import type { RoomInfo } from '../facility.ts';
import type { Passage } from './passages.ts';

export type Wall = readonly [Point, Point];

/** Openings closer than this to a face lie on it. */
const ON_FACE = 1.5;

interface Opening {
  readonly p: Point;
  readonly q: Point;
}

function openingsOn(room: RoomInfo, passages: readonly Passage[]): Opening[] {
  const out: Opening[] = [];
  for (const pass of passages) {
    if (pass.door.from === room) out.push({ p: pass.a, q: pass.b });
    if (pass.door.to === room) out.push({ p: pass.a2, q: pass.b2 });
  }
  return out;
}

/** The parts of edge pq not covered by openings lying along it. */
function cutEdge(p: Point, q: Point, openings: readonly Opening[]): Wall[] {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return [];
  const len = Math.sqrt(len2);
  const cuts: [number, number][] = [];
  // Plain arithmetic, no helper closures: a real plan's corridor has 217 edges and 73 doors, and this runs per pair.
  for (const { p: a, q: b } of openings) {
    const offA = Math.abs((a[0] - p[0]) * dy - (a[1] - p[1]) * dx) / len;
    const offB = Math.abs((b[0] - p[0]) * dy - (b[1] - p[1]) * dx) / len;
    if (offA > ON_FACE || offB > ON_FACE) continue;
    const ta = ((a[0] - p[0]) * dx + (a[1] - p[1]) * dy) / len2;
    const tb = ((b[0] - p[0]) * dx + (b[1] - p[1]) * dy) / len2;
    const t0 = Math.max(0, Math.min(ta, tb));
    const t1 = Math.min(1, Math.max(ta, tb));
    if (t1 > t0) cuts.push([t0, t1]);
  }
  if (cuts.length === 0) return [[p, q]];
  cuts.sort((m, n) => m[0] - n[0]);
  const at = (t: number): Point => [p[0] + dx * t, p[1] + dy * t];
  const out: Wall[] = [];
  let from = 0;
  for (const [t0, t1] of cuts) {
    if (t0 > from) out.push([at(from), at(t0)]);
    from = Math.max(from, t1);
  }
  if (from < 1) out.push([at(from), q]);
  return out;
}

export function wallsOf(rooms: readonly RoomInfo[], passages: readonly Passage[]): Wall[] {
  const walls: Wall[] = [];
  const byRoom = new Map<RoomInfo, Passage[]>();
  for (const pass of passages) {
    for (const r of [pass.door.from, pass.door.to]) {
      if (!r) continue;
      let list = byRoom.get(r);
      if (!list) byRoom.set(r, (list = []));
      list.push(pass);
    }
  }
  for (const room of rooms) {
    const ring = room.room.polygon;
    const openings = openingsOn(room, byRoom.get(room) ?? []);
    for (let i = 0; i < ring.length; i++) walls.push(...cutEdge(ring[i]!, ring[(i + 1) % ring.length]!, openings));
  }
  for (const pass of passages) {
    if (!pass.polygon) continue;
    walls.push([pass.a, pass.a2], [pass.b, pass.b2]);
  }
  return walls;
}
