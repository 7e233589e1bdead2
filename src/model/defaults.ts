/**
 * Defaults the plan format leaves to the editor. Sizes in inches, [width, depth] before rotation.
 * The first group is fixed by plan-format.md ("the editor's defaults apply and are written back on save");
 * the rest are common catalogue sizes chosen by SafePlan.
 */
import type { Inches } from './quantities.ts';
import type { Item, ItemType, Level, Room } from './schema.ts';
import { DEVICE_ITEMS } from './schema.ts';

export const DEFAULT_ITEM_SIZE: Readonly<Record<Exclude<ItemType, (typeof DEVICE_ITEMS)[number]>, readonly [Inches, Inches]>> = {
  // fixed by the plan format
  crib: [30, 55],
  'portable-crib': [26, 40],
  playpen: [29, 40],
  cot: [23, 52],
  toilet: [18, 28],
  sink: [18, 16],
  'diaper-table': [24, 36],
  // SafePlan's choices
  bed: [39, 75],
  shelving: [48, 15],
  table: [60, 30],
  furniture: [24, 24],
  'indoor-climber': [48, 48],
  partition: [48, 3],
  urinal: [18, 14],
  'potty-chair': [12, 14],
  range: [30, 26],
  furnace: [30, 30],
  'water-heater': [24, 24],
  dryer: [27, 28],
};

export const DEFAULT_CEILING_HEIGHT: Inches = 96;

const DEVICES: ReadonlySet<ItemType> = new Set(DEVICE_ITEMS);

/** Devices sit on walls and ceilings: they are not obstructions and take no floor space. */
export const isDevice = (type: ItemType): boolean => DEVICES.has(type);

/** The footprint size of a floor item, with the defaults applied; undefined for devices. */
export function itemSize(item: Item): readonly [Inches, Inches] | undefined {
  if (item.size) return item.size;
  if (isDevice(item.type)) return undefined;
  return DEFAULT_ITEM_SIZE[item.type as keyof typeof DEFAULT_ITEM_SIZE];
}

/** 500.082(2)(B)1.C: furniture and shelving not used by children is deducted; tables default to children's use. */
export function usedByChildren(item: Item): boolean {
  if (item.usedByChildren !== undefined) return item.usedByChildren;
  return item.type !== 'shelving' && item.type !== 'furniture';
}

/** 500.082(2)(B)1.D: cribs, playpens and beds stay in place for napping unless said otherwise; cots are set up and put away. */
export function isPermanentSleeping(item: Item): boolean {
  if (item.permanent !== undefined) return item.permanent;
  return item.type === 'crib' || item.type === 'portable-crib' || item.type === 'playpen' || item.type === 'bed';
}

export const ceilingHeight = (room: Room): Inches => room.ceilingHeight ?? DEFAULT_CEILING_HEIGHT;

/** plan-format.md: levelDischarge defaults to true on a level with elevation 0, false elsewhere. */
export const doorHasLevelDischarge = (door: { levelDischarge?: boolean | undefined }, level: Level): boolean =>
  door.levelDischarge ?? level.elevation === 0;

/** Writes the editor's default sizes back into floor items, as the format asks on save. */
export function withDefaultSizes(items: readonly Item[]): Item[] {
  return items.map((item) => {
    const size = itemSize(item);
    return size && !item.size ? { ...item, size: [size[0], size[1]] } : item;
  });
}
