/** How each item type is named and drawn. Sizes come from the plan format's defaults (src/model/defaults.ts). */
import { DEVICE_ITEMS, FIXTURE_ITEMS, FURNITURE_ITEMS, SLEEPING_ITEMS, type ItemType } from '../model/schema.ts';

export type ItemCategory = 'sleeping' | 'furniture' | 'fixture' | 'device';

export interface ItemKind {
  readonly type: ItemType;
  readonly label: string;
  /** A few letters drawn on the footprint or in the device symbol. */
  readonly glyph: string;
  readonly category: ItemCategory;
}

const LABELS: Record<ItemType, [label: string, glyph: string]> = {
  crib: ['Crib', 'CRIB'],
  'portable-crib': ['Portable crib', 'P-CRIB'],
  playpen: ['Playpen', 'PEN'],
  cot: ['Cot', 'COT'],
  bed: ['Bed', 'BED'],
  shelving: ['Shelving', 'SHELF'],
  table: ['Table', 'TABLE'],
  furniture: ['Furniture', 'FURN'],
  'indoor-climber': ['Indoor climber', 'CLIMB'],
  partition: ['Partition', ''],
  toilet: ['Toilet', 'WC'],
  urinal: ['Urinal', 'UR'],
  sink: ['Sink', 'SINK'],
  'potty-chair': ['Potty chair', 'PC'],
  'diaper-table': ['Diaper table', 'DIAPER'],
  range: ['Range', 'RANGE'],
  furnace: ['Furnace', 'FURN.'],
  'water-heater': ['Water heater', 'WH'],
  dryer: ['Dryer', 'DRY'],
  'smoke-detector': ['Smoke detector', 'S'],
  'heat-detector': ['Heat detector', 'H'],
  'co-detector': ['CO detector', 'CO'],
  'pull-station': ['Pull station', 'F'],
  'horn-strobe': ['Horn/strobe', 'HS'],
  extinguisher: ['Extinguisher', 'FE'],
  'exit-sign': ['Exit sign', 'EX'],
  'emergency-light': ['Emergency light', 'EL'],
};

const category = (type: ItemType): ItemCategory =>
  (SLEEPING_ITEMS as readonly string[]).includes(type)
    ? 'sleeping'
    : (FURNITURE_ITEMS as readonly string[]).includes(type)
      ? 'furniture'
      : (FIXTURE_ITEMS as readonly string[]).includes(type)
        ? 'fixture'
        : 'device';

export const ITEM_KINDS: Readonly<Record<ItemType, ItemKind>> = Object.fromEntries(
  (Object.keys(LABELS) as ItemType[]).map((type) => [type, { type, label: LABELS[type][0], glyph: LABELS[type][1], category: category(type) }]),
) as Record<ItemType, ItemKind>;

export const PALETTE: readonly { readonly title: string; readonly types: readonly ItemType[] }[] = [
  { title: 'Sleeping', types: SLEEPING_ITEMS },
  { title: 'Furniture', types: FURNITURE_ITEMS },
  { title: 'Fixtures and appliances', types: FIXTURE_ITEMS },
  { title: 'Safety devices', types: DEVICE_ITEMS },
];
