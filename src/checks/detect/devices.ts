/** Where the fire-alarm and detection devices of 500.087(12) stand. */
import type { DoorInfo, Facility, ItemInfo, RoomInfo } from '../../engine/facility.ts';
import { distancePointToSegment } from '../../geometry/index.ts';
import type { ItemType } from '../../model/schema.ts';

export const devicesIn = (room: RoomInfo, type: ItemType): ItemInfo[] => room.items.filter((i) => i.item.type === type);

export const devicesOnLevel = (facility: Facility, levelId: string, type: ItemType): ItemInfo[] =>
  facility.items.filter((i) => i.item.type === type && i.room.level.id === levelId);

/** The device of this type nearest the door's opening on its level, and its distance (inches). */
export function nearestToDoor(facility: Facility, door: DoorInfo, type: ItemType): { item: ItemInfo; distance: number } | null {
  let best: { item: ItemInfo; distance: number } | null = null;
  for (const item of devicesOnLevel(facility, door.level.id, type)) {
    const d = distancePointToSegment(item.item.at, door.door.a, door.door.b);
    if (!best || d < best.distance) best = { item, distance: d };
  }
  return best;
}

/** Rooms with a furnace or water heater in them (mechanical rooms in fact, whatever their use). */
export const holdsFurnaceOrHeater = (room: RoomInfo): boolean => room.items.some((i) => i.item.type === 'furnace' || i.item.type === 'water-heater');
