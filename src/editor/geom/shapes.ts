/** Outlines of plan objects in plan inches, for drawing, hit testing and framing. */
import { rectangle } from '../../geometry/offset.ts';
import { pointsBBox, bboxUnion, EMPTY_BBOX } from '../../geometry/bbox.ts';
import { pointInRing } from '../../geometry/contains.ts';
import type { BBox, Point, Ring } from '../../geometry/types.ts';
import { itemSize, isDevice } from '../../model/defaults.ts';
import type { Door, Equipment, Item, Level, Room, Site } from '../../model/schema.ts';
import { isSiteKind, objectsOf, siteObjectsOf, type BuildingKind, type ObjectKind, type ObjectRef, type PlanObject } from '../model/refs.ts';

/** Devices carry no size; they are drawn and picked as a symbol this many inches across. */
export const DEVICE_SYMBOL: number = 10;

export function itemFootprint(item: Item): Ring {
  const size = itemSize(item) ?? [DEVICE_SYMBOL, DEVICE_SYMBOL];
  return rectangle(item.at, size, isDevice(item.type) ? 0 : (item.rotation ?? 0));
}

export const midpoint = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
export const length = (a: Point, b: Point): number => Math.hypot(b[0] - a[0], b[1] - a[1]);

/** Unit normal of a→b turned to the side where `room` lies (the inside of its wall face). */
export function normalInto(a: Point, b: Point, room: Room): Point {
  const len = length(a, b) || 1;
  const n: Point = [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
  const m = midpoint(a, b);
  const probe: Point = [m[0] + n[0] * 2, m[1] + n[1] * 2];
  return pointInRing(probe, room.polygon) === 'inside' ? n : [-n[0], -n[1]];
}

export interface DoorLeaf {
  /** The jamb the leaf hangs on, and the other one. */
  readonly hinge: Point;
  readonly free: Point;
  /** Tip of the leaf drawn open 90°, on the swing side. */
  readonly open: Point;
  /** Unit normal pointing to the side the leaf swings into; null for doors that do not swing. */
  readonly side: Point | null;
}

/** Where the leaf of a door is drawn: hinged on `hinge` (default a), open 90° into the `swing` side. */
export function doorLeaf(door: Door, level: Level): DoorLeaf {
  const hinge = door.hinge === 'b' ? door.b : door.a;
  const free = door.hinge === 'b' ? door.a : door.b;
  const room = level.rooms.find((r) => r.id === door.rooms[0]);
  const width = length(door.a, door.b);
  if (!room || door.swing === 'none' || (door.kind && door.kind !== 'swing')) return { hinge, free, open: free, side: null };
  const inward = normalInto(door.a, door.b, room);
  const side: Point = door.swing === room.id ? inward : [-inward[0], -inward[1]];
  return { hinge, free, open: [hinge[0] + side[0] * width, hinge[1] + side[1] * width], side };
}

/** A piece of outdoor equipment's footprint: its size turned by its rotation about `at`. */
export const equipmentFootprint = (e: Equipment): Ring => rectangle(e.at, e.size, e.rotation ?? 0);

export function objectOutline(kind: ObjectKind, o: PlanObject): Ring {
  switch (kind) {
    case 'room':
    case 'playArea':
    case 'surface':
    case 'pool':
    case 'obstacle':
      return (o as Room).polygon;
    case 'item':
      return itemFootprint(o as Item);
    case 'equipment':
      return equipmentFootprint(o as Equipment);
    default: {
      const d = o as { a: Point; b: Point };
      return [d.a, d.b];
    }
  }
}

export function objectBBox(kind: ObjectKind, o: PlanObject, level?: Level): BBox {
  if (kind === 'door' && level) {
    const leaf = doorLeaf(o as Door, level);
    return pointsBBox([leaf.hinge, leaf.free, leaf.open]);
  }
  return pointsBBox(objectOutline(kind, o));
}

/** The box around the objects: a level's, and the site's when given. */
export function refsBBox(level: Level, refs: readonly ObjectRef[], site?: Site): BBox {
  let box = EMPTY_BBOX;
  for (const ref of refs) {
    const list: readonly PlanObject[] = isSiteKind(ref.kind) ? siteObjectsOf(site, ref.kind) : objectsOf(level, ref.kind as BuildingKind);
    const o = list.find((x) => x.id === ref.id);
    if (o) box = bboxUnion(box, objectBBox(ref.kind, o, level));
  }
  return box;
}

/** Everything drawn on a level (rooms, items, doors with their swing), for "fit to plan". */
export function levelBBox(level: Level): BBox {
  let box = EMPTY_BBOX;
  for (const r of level.rooms) box = bboxUnion(box, pointsBBox(r.polygon));
  for (const i of level.items) box = bboxUnion(box, pointsBBox(itemFootprint(i)));
  for (const d of level.doors) box = bboxUnion(box, objectBBox('door', d, level));
  return box;
}

/** The outdoors: play areas, surfaces, pools, obstacles and equipment. */
export function siteBBox(site: Site): BBox {
  let box = EMPTY_BBOX;
  for (const list of [site.playAreas, site.surfaces, site.pools, site.obstacles]) for (const o of list ?? []) box = bboxUnion(box, pointsBBox(o.polygon));
  for (const e of site.equipment ?? []) box = bboxUnion(box, pointsBBox(equipmentFootprint(e)));
  return box;
}
