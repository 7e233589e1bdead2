/**
 * What is under the pointer, in plan inches, topmost first: devices, items, doors, windows, then rooms. The canvas
 * layers do not listen for events (drawing a hit canvas for 200 rooms every frame would cost more than this).
 */
import { pointInRing } from '../../geometry/contains.ts';
import { distancePointToSegment } from '../../geometry/segments.ts';
import type { BBox, Point } from '../../geometry/types.ts';
import { pointsBBox } from '../../geometry/bbox.ts';
import { isDevice } from '../../model/defaults.ts';
import type { Level, Site } from '../../model/schema.ts';
import { SITE_KINDS, siteObjectsOf, type ObjectRef } from '../model/refs.ts';
import { doorLeaf, equipmentFootprint, itemFootprint, objectOutline } from './shapes.ts';

/** Pixels around a thin object (door, window, device) that still count as on it. */
export const HIT_PIXELS = 6;

export function hitTest(level: Level, p: Point, scale: number): ObjectRef | null {
  const tol = HIT_PIXELS / scale;
  const items = level.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (!isDevice(item.type)) continue;
    const ring = itemFootprint(item);
    if (pointInRing(p, ring) !== 'outside' || Math.hypot(p[0] - item.at[0], p[1] - item.at[1]) <= tol + 5) return { kind: 'item', id: item.id };
  }
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (!isDevice(item.type) && pointInRing(p, itemFootprint(item)) !== 'outside') return { kind: 'item', id: item.id };
  }
  for (const door of level.doors) {
    if (distancePointToSegment(p, door.a, door.b) <= tol + 3) return { kind: 'door', id: door.id };
    const leaf = doorLeaf(door, level);
    if (leaf.side && distancePointToSegment(p, leaf.hinge, leaf.open) <= tol) return { kind: 'door', id: door.id };
  }
  for (const win of level.windows) {
    if (distancePointToSegment(p, win.a, win.b) <= tol + 3) return { kind: 'window', id: win.id };
  }
  for (let i = level.rooms.length - 1; i >= 0; i--) {
    const room = level.rooms[i]!;
    if (pointInRing(p, room.polygon) !== 'outside') return { kind: 'room', id: room.id };
  }
  return null;
}

const inside = (b: BBox, box: BBox) => b.minX >= box.minX && b.maxX <= box.maxX && b.minY >= box.minY && b.maxY <= box.maxY;

/** Box select: every object wholly inside the box. */
export function objectsInBox(level: Level, box: BBox): ObjectRef[] {
  const out: ObjectRef[] = [];
  for (const r of level.rooms) if (inside(pointsBBox(r.polygon), box)) out.push({ kind: 'room', id: r.id });
  for (const d of level.doors) if (inside(pointsBBox([d.a, d.b]), box)) out.push({ kind: 'door', id: d.id });
  for (const w of level.windows) if (inside(pointsBBox([w.a, w.b]), box)) out.push({ kind: 'window', id: w.id });
  for (const i of level.items) if (inside(pointsBBox(itemFootprint(i)), box)) out.push({ kind: 'item', id: i.id });
  return out;
}

export const boxOf = (a: Point, b: Point): BBox => ({ minX: Math.min(a[0], b[0]), minY: Math.min(a[1], b[1]), maxX: Math.max(a[0], b[0]), maxY: Math.max(a[1], b[1]) });

/**
 * What is under the pointer on the site, topmost first: equipment, obstacles, pools, surfaces, then play areas (a
 * surface lies inside its play area, so it is picked before the area around it).
 */
export function siteHitTest(site: Site | undefined, p: Point): ObjectRef | null {
  if (!site) return null;
  const equipment = site.equipment ?? [];
  for (let i = equipment.length - 1; i >= 0; i--) {
    if (pointInRing(p, equipmentFootprint(equipment[i]!)) !== 'outside') return { kind: 'equipment', id: equipment[i]!.id };
  }
  for (const kind of ['obstacle', 'pool', 'surface', 'playArea'] as const) {
    const list = siteObjectsOf(site, kind);
    for (let i = list.length - 1; i >= 0; i--) {
      if (pointInRing(p, list[i]!.polygon) !== 'outside') return { kind, id: list[i]!.id };
    }
  }
  return null;
}

/** Box select on the site: every object wholly inside the box. */
export function siteObjectsInBox(site: Site | undefined, box: BBox): ObjectRef[] {
  const out: ObjectRef[] = [];
  for (const kind of SITE_KINDS) {
    for (const o of siteObjectsOf(site, kind)) if (inside(pointsBBox(objectOutline(kind, o)), box)) out.push({ kind, id: o.id });
  }
  return out;
}
