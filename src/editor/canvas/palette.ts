/** Colours of the plan drawing. Room fills are pale so labels and findings read on top of them. */
import type { RoomUse } from '../../model/schema.ts';
import type { ItemCategory } from '../itemCatalog.ts';

export const INK = '#1c2430';
export const WALL_LINE = '#3a4556';
export const CANVAS_BG = '#eef1f5';
export const SELECT = '#1d5fa8';
export const FAIL = '#b3261e';
export const FAIL_FILL = 'rgba(179, 38, 30, 0.12)';
export const HIGHLIGHT = '#d9480f';
export const GHOST = '#1d5fa8';

export const ROOM_FILL: Readonly<Record<RoomUse, string>> = {
  'child-care': '#ffffff',
  kitchen: '#fff3e6',
  bathroom: '#e8f6f8',
  closet: '#f2f0ec',
  storage: '#f2f0ec',
  office: '#f4f1fb',
  staff: '#f4f1fb',
  corridor: '#f5f6f7',
  stair: '#eceff3',
  mechanical: '#f3eee6',
  laundry: '#eaf2fb',
  garage: '#ececec',
  family: '#f7f3ea',
  other: '#f6f6f6',
};

export const ITEM_FILL: Readonly<Record<ItemCategory, string>> = {
  sleeping: '#dbe8fb',
  furniture: '#efe6d6',
  fixture: '#dff1ef',
  device: '#fff1c2',
};

export const ITEM_STROKE: Readonly<Record<ItemCategory, string>> = {
  sleeping: '#3b6fb6',
  furniture: '#8a6d3b',
  fixture: '#2d7f77',
  device: '#a06a00',
};
