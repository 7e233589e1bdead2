/**
 * Facility topology: the plan read as a building. Which room each item stands in, which rooms each door joins,
 * which doors are exits (500.087(1)(C)), and the ages each room serves. Built once per plan; every check reads it.
 * Measurements that cost more (usable area, capacity) hang off it lazily so a check that does not need them
 * never pays for them.
 */
import { BBoxIndex } from '../geometry/spatialIndex.ts';
import { pointInRing, distancePointToRing, ringArea, ringBBox, rectangle } from '../geometry/index.ts';
import type { Ring } from '../geometry/types.ts';
import { doorHasLevelDischarge, isDevice, itemSize } from '../model/defaults.ts';
import type { SquareInches } from '../model/quantities.ts';
import type { AgeBand, Door, Item, Level, Plan, Room, Window } from '../model/schema.ts';
import { SLEEPING_ITEMS } from '../model/schema.ts';

export interface RoomInfo {
  readonly room: Room;
  readonly level: Level;
  readonly path: string;
  readonly area: SquareInches;
  readonly items: ItemInfo[];
  readonly doors: DoorInfo[];
  readonly windows: Window[];
  readonly ages: ReadonlySet<AgeBand>;
  readonly isChildCare: boolean;
  /** Infants or toddlers (under 24 months) are cared for here. */
  readonly servesInfantsOrToddlers: boolean;
  /** Children nap here: marked so, or it holds a crib, playpen or cot (plan-format.md). */
  readonly sleeping: boolean;
}

export interface ItemInfo {
  readonly item: Item;
  readonly room: RoomInfo;
  readonly path: string;
  /** Floor footprint; undefined for wall and ceiling devices. */
  readonly footprint: Ring | undefined;
}

export interface DoorInfo {
  readonly door: Door;
  readonly level: Level;
  readonly path: string;
  readonly from: RoomInfo;
  /** null: the door leads outside. */
  readonly to: RoomInfo | null;
  readonly width: number;
  /** 500.087(1)(C): to outside, or into an enclosed or outside stair. Counts for travel distance. */
  readonly isExit: boolean;
  /** For an exit, the room one leaves through it (the side that is not the exit stair); else null. */
  readonly exitFrom: RoomInfo | null;
  /** An exit directly outside whose ground is level with the floor — what infant rooms and upper levels need. */
  readonly isLevelExitDischarge: boolean;
}

export interface Facility {
  readonly plan: Plan;
  readonly rooms: readonly RoomInfo[];
  readonly roomsById: ReadonlyMap<string, RoomInfo>;
  readonly doors: readonly DoorInfo[];
  readonly items: readonly ItemInfo[];
  readonly exits: readonly DoorInfo[];
  /** Doors of a room, both sides. */
  doorsOf(room: RoomInfo): readonly DoorInfo[];
  /** The room on the other side of a door from `room`; null for outside. */
  across(door: DoorInfo, room: RoomInfo): RoomInfo | null;
  /** Cache for measurements derived from the facility (usable area, capacity ...). */
  readonly memo: Map<string, unknown>;
}

const SLEEPING: ReadonlySet<string> = new Set(SLEEPING_ITEMS);
const NAP_MARKERS: ReadonlySet<string> = new Set(['crib', 'portable-crib', 'playpen', 'cot']);

export function memoize<T>(facility: Facility, key: string, compute: () => T): T {
  if (facility.memo.has(key)) return facility.memo.get(key) as T;
  const value = compute();
  facility.memo.set(key, value);
  return value;
}

export const isSleepingItem = (item: Item): boolean => SLEEPING.has(item.type);

export function itemFootprint(item: Item): Ring | undefined {
  if (isDevice(item.type)) return undefined;
  const size = itemSize(item);
  return size ? rectangle(item.at, [size[0], size[1]], item.rotation ?? 0) : undefined;
}

export function analyzeFacility(plan: Plan): Facility {
  const rooms: RoomInfo[] = [];
  const roomsById = new Map<string, RoomInfo>();
  const doors: DoorInfo[] = [];
  const items: ItemInfo[] = [];

  plan.levels.forEach((level, li) => {
    const levelRooms: RoomInfo[] = level.rooms.map((room, ri) => {
      const ages = new Set<AgeBand>(room.use === 'child-care' ? room.ages ?? [] : []);
      const info: RoomInfo = {
        room,
        level,
        path: `levels[${li}].rooms[${ri}]`,
        area: ringArea(room.polygon),
        items: [],
        doors: [],
        windows: [],
        ages,
        isChildCare: room.use === 'child-care',
        servesInfantsOrToddlers: ages.has('infant') || ages.has('toddler'),
        sleeping: room.sleeping === true,
      };
      rooms.push(info);
      roomsById.set(room.id, info);
      return info;
    });
    const index = new BBoxIndex(levelRooms.map((r) => ({ box: ringBBox(r.room.polygon), value: r })));

    level.items.forEach((item, ii) => {
      const room = roomAt(index, item);
      if (!room) return; // validation refuses such plans; a caller that skipped it loses only this item
      const info: ItemInfo = { item, room, path: `levels[${li}].items[${ii}]`, footprint: itemFootprint(item) };
      room.items.push(info);
      items.push(info);
      if (NAP_MARKERS.has(item.type)) (room as { sleeping: boolean }).sleeping = true;
    });

    level.windows.forEach((win) => roomsById.get(win.room)?.windows.push(win));

    level.doors.forEach((door, di) => {
      const from = roomsById.get(door.rooms[0]);
      if (!from) return;
      const to = door.rooms[1] === 'outside' ? null : roomsById.get(door.rooms[1]) ?? null;
      const exitStair = (r: RoomInfo | null) => r?.room.stair !== undefined && (r.room.stair.enclosed || r.room.stair.outside);
      // The jambs may be drawn on either side: the stair's wall or the corridor's.
      const leaves = to === null ? from : exitStair(to) && !exitStair(from) ? from : exitStair(from) && to && !exitStair(to) ? to : null;
      // The provider's own front door is no exit of the child care space, which is kept apart from the family
      // living quarters (500.010(11), 082(2)(B)1.I).
      const exitFrom = leaves && leaves.room.use !== 'family' ? leaves : null;
      const info: DoorInfo = {
        door,
        level,
        path: `levels[${li}].doors[${di}]`,
        from,
        to,
        width: Math.hypot(door.b[0] - door.a[0], door.b[1] - door.a[1]),
        isExit: exitFrom !== null,
        exitFrom,
        isLevelExitDischarge: to === null && doorHasLevelDischarge(door, level),
      };
      doors.push(info);
      from.doors.push(info);
      to?.doors.push(info);
    });
  });

  return {
    plan,
    rooms,
    roomsById,
    doors,
    items,
    exits: doors.filter((d) => d.isExit),
    doorsOf: (room) => room.doors,
    across: (door, room) => (door.from === room ? door.to : door.from),
    memo: new Map(),
  };
}

/** The room an item stands in: the one containing its centre, else the nearest within 1" (on the wall line). */
function roomAt(index: BBoxIndex<RoomInfo>, item: Item): RoomInfo | undefined {
  const candidates = index.queryPoint(item.at, 1);
  const inside = candidates.find((r) => pointInRing(item.at, r.room.polygon) !== 'outside');
  if (inside) return inside;
  let best: RoomInfo | undefined;
  let bestDistance = 1;
  for (const r of candidates) {
    const d = distancePointToRing(item.at, r.room.polygon);
    if (d <= bestDistance) [best, bestDistance] = [r, d];
  }
  return best;
}
