/**
 * Layer two of validation: what the shape cannot say. Polygons are simple with area, ids are unique, references
 * resolve, doors and windows lie on their room's wall face, items stand in a room, rooms of a level do not overlap
 * (plan-format.md). Runs only on a plan whose shape is valid, and reports every problem at once.
 */
import { ringArea, ringBBox, pointInRing, distancePointToRing, selfIntersections } from '../geometry/index.ts';
import { BBoxIndex } from '../geometry/spatialIndex.ts';
import type { BBox, Point, Ring } from '../geometry/types.ts';
import type { Inches } from './quantities.ts';
import type { Level, Plan, Room } from './schema.ts';
import type { PlanError } from './result.ts';
import { formatPoint } from './describe.ts';

/** Jambs and window ends may sit this far off the wall face (plan-format.md: "within 1\""). */
export const WALL_FACE_TOLERANCE: Inches = 1;
/** The room on the other side of a door has its face within this distance across the wall. */
export const DOOR_REACH_ACROSS_WALL: Inches = 24;
/** Overlaps thinner than this are drawing noise from imported plans, not two rooms on one floor. */
const OVERLAP_TOLERANCE: Inches = 0.5;

const midpoint = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

export function checkPolygon(ring: Ring, path: string, what: string): PlanError[] {
  // A vertex repeated back to back adds a zero-length edge and changes no shape; imported plans are full of them.
  const crossings = selfIntersections(ring).filter((c) => c.kind !== 'zero-length-edge');
  if (allOnOneLine(ring)) return [{ path, message: `${what} has no area (its vertices lie on one line)` }];
  if (crossings.length > 0) {
    const first = crossings[0]!;
    const more = crossings.length > 1 ? ` (and ${crossings.length - 1} more)` : '';
    return [{ path, message: `${what} crosses itself: edges ${first.edgeA} and ${first.edgeB} meet at ${formatPoint(first.at)}${more}; draw it as a simple outline` }];
  }
  if (ringArea(ring) < 1) return [{ path, message: `${what} has no area (its vertices lie on one line)` }];
  return [];
}

/** Every vertex within 0.01" of the line through the first vertex and the one farthest from it. */
function allOnOneLine(ring: Ring): boolean {
  const a = ring[0]!;
  let far = a;
  for (const p of ring) if (Math.hypot(p[0] - a[0], p[1] - a[1]) > Math.hypot(far[0] - a[0], far[1] - a[1])) far = p;
  const len = Math.hypot(far[0] - a[0], far[1] - a[1]);
  if (len === 0) return true;
  return ring.every((p) => Math.abs((far[0] - a[0]) * (p[1] - a[1]) - (far[1] - a[1]) * (p[0] - a[0])) / len < 0.01);
}

interface IdOwner {
  readonly path: string;
}

/** Ids are unique within each kind of object across the whole file (rooms are referenced across levels). */
function checkUniqueIds(plan: Plan, errors: PlanError[]): void {
  const kinds = new Map<string, Map<string, IdOwner>>();
  const claim = (kind: string, id: string, path: string) => {
    let seen = kinds.get(kind);
    if (!seen) kinds.set(kind, (seen = new Map()));
    const first = seen.get(id);
    if (first) errors.push({ path: `${path}.id`, message: `the id "${id}" is already used by ${first.path}; ids must be unique in the file` });
    else seen.set(id, { path });
  };
  plan.levels.forEach((level, li) => {
    claim('level', level.id, `levels[${li}]`);
    level.rooms.forEach((r, i) => claim('room', r.id, `levels[${li}].rooms[${i}]`));
    level.doors.forEach((d, i) => claim('door', d.id, `levels[${li}].doors[${i}]`));
    level.windows.forEach((w, i) => claim('window', w.id, `levels[${li}].windows[${i}]`));
    level.items.forEach((it, i) => claim('item', it.id, `levels[${li}].items[${i}]`));
  });
  const site = plan.site;
  if (!site) return;
  for (const key of ['playAreas', 'surfaces', 'equipment', 'pools', 'obstacles'] as const) {
    (site[key] ?? []).forEach((obj, i) => claim(`site.${key}`, obj.id, `site.${key}[${i}]`));
  }
}

/** True when the two rooms share floor, beyond touching along a wall of no thickness. */
function roomsOverlap(a: Ring, b: Ring): boolean {
  const boxes = new Map<Ring, BBox>([[a, ringBBox(a)], [b, ringBBox(b)]]);
  const deeplyInside = (p: Point, ring: Ring) => {
    const box = boxes.get(ring)!;
    // Most vertices of a neighbour lie outside this room's box: skip the full test for them.
    if (p[0] <= box.minX || p[0] >= box.maxX || p[1] <= box.minY || p[1] >= box.maxY) return false;
    return pointInRing(p, ring) === 'inside' && distancePointToRing(p, ring) > OVERLAP_TOLERANCE;
  };
  if (a.some((p) => deeplyInside(p, b)) || b.some((p) => deeplyInside(p, a))) return true;
  if (edgesCrossProperly(a, b)) return true;
  // Same outline twice, or outlines that meet only at shared vertices: test a point well inside each.
  const probe = (ring: Ring) => interiorProbe(ring);
  const pa = probe(a);
  const pb = probe(b);
  return (pa !== undefined && deeplyInside(pa, b)) || (pb !== undefined && deeplyInside(pb, a));
}

/** A point inside the ring, away from its edges: the midpoint of the widest chord at the centroid's height. */
function interiorProbe(ring: Ring): Point | undefined {
  const box = ringBBox(ring);
  const y = (box.minY + box.maxY) / 2 + (box.maxY - box.minY) * 0.0123; // off-centre: avoid running along a vertex
  const xs: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    if ((p[1] > y) !== (q[1] > y)) xs.push(p[0] + ((y - p[1]) / (q[1] - p[1])) * (q[0] - p[0]));
  }
  xs.sort((m, n) => m - n);
  let best: Point | undefined;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > width) [width, best] = [w, [(xs[i]! + xs[i + 1]!) / 2, y]];
  }
  return best;
}

function edgesCrossProperly(a: Ring, b: Ring): boolean {
  const side = (p: Point, q: Point, r: Point) => {
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    return ((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])) / len; // signed distance of r from pq
  };
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = a[(i + 1) % a.length]!;
    const minX = Math.min(p[0], q[0]), maxX = Math.max(p[0], q[0]), minY = Math.min(p[1], q[1]), maxY = Math.max(p[1], q[1]);
    for (let j = 0; j < b.length; j++) {
      const r = b[j]!;
      const s = b[(j + 1) % b.length]!;
      if (Math.max(r[0], s[0]) < minX || Math.min(r[0], s[0]) > maxX || Math.max(r[1], s[1]) < minY || Math.min(r[1], s[1]) > maxY) continue;
      const d1 = side(p, q, r), d2 = side(p, q, s), d3 = side(r, s, p), d4 = side(r, s, q);
      const t = OVERLAP_TOLERANCE;
      if (((d1 > t && d2 < -t) || (d1 < -t && d2 > t)) && ((d3 > t && d4 < -t) || (d3 < -t && d4 > t))) return true;
    }
  }
  return false;
}

function checkLevel(level: Level, li: number, plan: Plan, roomLevel: Map<string, string>, errors: PlanError[]): void {
  const at = `levels[${li}]`;
  const rooms = new Map<string, Room>(level.rooms.map((r) => [r.id, r]));
  const validRooms: { box: ReturnType<typeof ringBBox>; value: { room: Room; index: number } }[] = [];

  level.rooms.forEach((room, i) => {
    const path = `${at}.rooms[${i}]`;
    const problems = checkPolygon(room.polygon, `${path}.polygon`, `room "${room.name || room.id}"`);
    errors.push(...problems);
    if (problems.length === 0) validRooms.push({ box: ringBBox(room.polygon), value: { room, index: i } });
    if (room.stair && room.use !== 'stair') {
      errors.push({ path: `${path}.stair`, message: `only a room of use "stair" can have stair details (this room's use is "${room.use}")` });
    }
    if (room.stair) {
      const target = room.stair.to;
      if (!plan.levels.some((l) => l.id === target)) errors.push({ path: `${path}.stair.to`, message: `the stair leads to level "${target}", which is not in the plan` });
      else if (target === level.id) errors.push({ path: `${path}.stair.to`, message: 'a stair must lead to another level, not its own' });
    }
    if (room.ages && room.use !== 'child-care') {
      errors.push({ path: `${path}.ages`, message: `only child-care rooms list ages (this room's use is "${room.use}")` });
    }
  });

  const index = new BBoxIndex(validRooms);
  for (const { box, value } of validRooms) {
    for (const other of index.query(box)) {
      if (other.index <= value.index) continue;
      if (roomsOverlap(value.room.polygon, other.room.polygon)) {
        errors.push({ path: `${at}.rooms[${other.index}].polygon`, message: `room "${other.room.name || other.room.id}" overlaps room "${value.room.name || value.room.id}"; rooms of one level may touch along a wall but not overlap` });
      }
    }
  }

  const roomRef = (id: string, path: string): Room | undefined => {
    const room = rooms.get(id);
    if (room) return room;
    const elsewhere = roomLevel.get(id);
    errors.push({ path, message: elsewhere ? `room "${id}" is on level "${elsewhere}", not on this level ("${level.id}")` : `there is no room "${id}" on this level` });
    return undefined;
  };
  const onWall = (p: Point, room: Room) => distancePointToRing(p, room.polygon) <= WALL_FACE_TOLERANCE;
  const validPolygon = new Set(validRooms.map((v) => v.value.room.id));

  level.doors.forEach((door, i) => {
    const path = `${at}.doors[${i}]`;
    const [sideA, sideB] = door.rooms;
    if (sideA === 'outside') {
      errors.push({ path: `${path}.rooms[0]`, message: 'the first side of a door must be a room (the one whose wall holds the jambs); put "outside" second' });
      return;
    }
    if (sideA === sideB) errors.push({ path: `${path}.rooms`, message: `a door must join two different sides (both are "${sideA}")` });
    const room = roomRef(sideA, `${path}.rooms[0]`);
    const other = sideB === 'outside' ? undefined : roomRef(sideB, `${path}.rooms[1]`);
    const allowedSwing = ['none', sideA, sideB];
    if (!allowedSwing.includes(door.swing)) {
      errors.push({ path: `${path}.swing`, message: `the door swings into "${door.swing}", which is neither of its sides ("${sideA}", "${sideB}") nor "none"` });
    }
    if (Math.hypot(door.b[0] - door.a[0], door.b[1] - door.a[1]) < 1) {
      errors.push({ path: `${path}.b`, message: 'the door has no clear opening: its jambs a and b are less than 1" apart' });
    }
    if (!room || !validPolygon.has(room.id)) return;
    for (const jamb of ['a', 'b'] as const) {
      const d = distancePointToRing(door[jamb], room.polygon);
      if (d > WALL_FACE_TOLERANCE) errors.push({ path: `${path}.${jamb}`, message: `the jamb is ${inchesText(d)} from the nearest wall face of room "${room.id}"; a door must lie on its room's wall` });
    }
    const mid = midpoint(door.a, door.b);
    if (onWall(door.a, room) && onWall(door.b, room) && !onWall(mid, room)) {
      errors.push({ path, message: `the door's opening cuts across a corner of room "${room.id}"; both jambs must lie on one straight wall` });
    }
    if (other && validPolygon.has(other.id)) {
      const across = distancePointToRing(mid, other.polygon);
      if (across > DOOR_REACH_ACROSS_WALL + WALL_FACE_TOLERANCE) {
        errors.push({ path: `${path}.rooms[1]`, message: `room "${other.id}" is ${inchesText(across)} from this door; the room on the other side must have its face within 24" across the wall` });
      }
    }
  });

  level.windows.forEach((win, i) => {
    const path = `${at}.windows[${i}]`;
    const room = roomRef(win.room, `${path}.room`);
    if (!room || !validPolygon.has(room.id)) return;
    for (const end of ['a', 'b'] as const) {
      const d = distancePointToRing(win[end], room.polygon);
      if (d > WALL_FACE_TOLERANCE) errors.push({ path: `${path}.${end}`, message: `the window end is ${inchesText(d)} from the nearest wall face of room "${room.id}"; a window must lie on its room's wall` });
    }
  });

  level.items.forEach((item, i) => {
    const candidates = index.queryPoint(item.at, WALL_FACE_TOLERANCE);
    const inside = candidates.some(({ room }) => pointInRing(item.at, room.polygon) !== 'outside' || distancePointToRing(item.at, room.polygon) <= WALL_FACE_TOLERANCE);
    if (!inside) {
      errors.push({ path: `${at}.items[${i}].at`, message: `the ${item.type} "${item.id}" at ${formatPoint(item.at)} is not inside any room of level "${level.name || level.id}"; every item must stand in a room` });
    }
  });
}

function inchesText(d: Inches): string {
  return `${Math.round(d * 10) / 10}"`;
}

function checkSite(plan: Plan, errors: PlanError[]): void {
  const site = plan.site;
  if (!site) return;
  site.playAreas?.forEach((a, i) => errors.push(...checkPolygon(a.polygon, `site.playAreas[${i}].polygon`, `play area "${a.name || a.id}"`)));
  site.surfaces?.forEach((s, i) => errors.push(...checkPolygon(s.polygon, `site.surfaces[${i}].polygon`, `surface "${s.id}"`)));
  site.pools?.forEach((p, i) => errors.push(...checkPolygon(p.polygon, `site.pools[${i}].polygon`, `pool "${p.id}"`)));
  site.obstacles?.forEach((o, i) => errors.push(...checkPolygon(o.polygon, `site.obstacles[${i}].polygon`, `obstacle "${o.name || o.id}"`)));
}

export function checkPlanGeometry(plan: Plan): PlanError[] {
  const errors: PlanError[] = [];
  checkUniqueIds(plan, errors);
  const roomLevel = new Map<string, string>();
  for (const level of plan.levels) for (const room of level.rooms) if (!roomLevel.has(room.id)) roomLevel.set(room.id, level.id);
  plan.levels.forEach((level, li) => checkLevel(level, li, plan, roomLevel, errors));
  checkSite(plan, errors);
  return errors;
}
