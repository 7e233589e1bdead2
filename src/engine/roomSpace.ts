/**
 * Each child-care room's usable space and the children it holds for the ages it serves, with the per-room caps
 * of 500.082(2)(B)2.B: at most 8 infant/toddlers (16 two-year-olds) in a group, groups in one room separated by
 * stable partitions at least 4 ft high, and at most 24 in a room of new infant/toddler space.
 */
import { toSquareFeet, type SquareFeet } from '../model/quantities.ts';
import { infantToddlerRule, isNewSpace, isTwoYearOldRoom, roomSpaceRule, spaceGroupOf, type RoomSpaceRule, type SpaceGroup } from './careAges.ts';
import { memoize, type Facility, type ItemInfo, type RoomInfo } from './facility.ts';
import { usableArea, type UsableArea } from './usableArea.ts';

/** 082(2)(B)2.B.(V): partitions between groups are at least 4 ft high. */
export const GROUP_PARTITION_HEIGHT = 48;
export const INFANT_TODDLER_GROUP = 8;
export const TWO_YEAR_OLD_GROUP = 16;
export const NEW_INFANT_TODDLER_ROOM_MAX = 24;

export interface RoomCap {
  readonly children: number;
  readonly reason: string;
  readonly citation: string;
}

export interface RoomSpace {
  readonly room: RoomInfo;
  readonly group: SpaceGroup;
  readonly rule: RoomSpaceRule;
  readonly usable: UsableArea;
  readonly usableSqFt: SquareFeet;
  /** Children the usable space allows before caps, fractional (facility totals are rounded down once). */
  readonly bySpace: number;
  /** The tightest cap on this room, if any binds. */
  readonly cap: RoomCap | null;
  /** Children the room holds: min(bySpace, cap), fractional. */
  readonly children: number;
  readonly partitions: readonly ItemInfo[];
  readonly lowPartitions: readonly ItemInfo[];
}

function groupCaps(facility: Facility, room: RoomInfo, partitions: number): RoomCap[] {
  if (spaceGroupOf(room) !== 'infant-toddler' || infantToddlerRule(facility).size === 'small') return [];
  const caps: RoomCap[] = [];
  const twos = isTwoYearOldRoom(room);
  const groupSize = twos ? TWO_YEAR_OLD_GROUP : INFANT_TODDLER_GROUP;
  if (isNewSpace(facility, room)) {
    const groups = partitions + 1;
    caps.push({
      children: groups * groupSize,
      reason: partitions === 0
        ? `one group of at most ${groupSize} ${twos ? 'two-year-olds' : 'infants/toddlers'}: there is no 4 ft partition to separate a second group`
        : `${groups} groups of at most ${groupSize}, separated by ${partitions} partition${partitions > 1 ? 's' : ''} 4 ft high`,
      citation: '5 CSR 25-500.082(2)(B)2.B.(IV)-(V)',
    });
    caps.push({ children: NEW_INFANT_TODDLER_ROOM_MAX, reason: 'at most 24 infants/toddlers and two-year-olds in a room of new infant/toddler space', citation: '5 CSR 25-500.082(2)(B)2.B.(V)' });
  }
  return caps;
}

export function roomSpace(facility: Facility, room: RoomInfo): RoomSpace | null {
  if (!room.isChildCare) return null;
  return memoize(facility, `roomSpace:${room.room.id}`, () => {
    const rule = roomSpaceRule(facility, room);
    const usable = usableArea(room, rule.deductNapping);
    const usableSqFt = toSquareFeet(usable.usable);
    const bySpace = usableSqFt / rule.perChild;
    const allPartitions = room.items.filter((i) => i.item.type === 'partition');
    const partitions = allPartitions.filter((i) => (i.item.height ?? 0) >= GROUP_PARTITION_HEIGHT);
    const lowPartitions = allPartitions.filter((i) => (i.item.height ?? 0) < GROUP_PARTITION_HEIGHT);
    let cap: RoomCap | null = null;
    for (const c of groupCaps(facility, room, partitions.length)) if (c.children < bySpace && (!cap || c.children < cap.children)) cap = c;
    return { room, group: spaceGroupOf(room), rule, usable, usableSqFt, bySpace, cap, children: cap ? cap.children : bySpace, partitions, lowPartitions };
  });
}

export function childCareSpaces(facility: Facility): RoomSpace[] {
  return memoize(facility, 'childCareSpaces', () => facility.rooms.map((r) => roomSpace(facility, r)).filter((s): s is RoomSpace => s !== null));
}
