/**
 * The facility diagram of 5 CSR 25-500.042(4)(A), one sheet per level: "the arrangement of the rooms, including the
 * location of toilet and handwashing facilities, the kitchen, the office, and the doors", drawn to a standard
 * architectural scale with title block, stated scale and scale bar, north arrow and legend.
 */
import type { ItemType, Level } from '../../model/schema.ts';
import { drawLegend, legendHeight, MARGIN, type LegendEntry, type TitleInfo } from './frame.ts';
import type { RoomInfo } from '../../engine/facility.ts';
import { contactOf, drawSheetFrame, facilityFacts, layoutSheet, levelTitle, TITLE_BLOCK_HEIGHT, type PacketContext } from './context.ts';
import { drawRoomKey, keyCapacity, roomKeyHeight, type KeyRow } from './roomKey.ts';
import { keyNumbers, roomsNeedingKey, SHELTER_COLOR, SHELTER_FILL } from './roomLabels.ts';
import {
  DEVICE_ABBREVIATION,
  DEVICE_NAME,
  drawDeviceSymbol,
  drawItemSymbol,
  drawKeyBadge,
  drawLevel,
  drawSwing,
  drawWindowSymbol,
  EXIT_MARK_ROOM,
  labelSpot,
  levelExtent,
  OUTLINE_WIDTH,
  roomFigures,
} from './planDrawing.ts';
import { BLACK, PALE, RED, Sheet, WHITE, stroke } from './sheet.ts';
import type { Page, PagePoint } from './types.ts';

const box = (x: number, y: number, w: number, h: number): PagePoint[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/** Legend of the symbols a level plan uses; fixtures, devices, the shelter and room numbers only when it has them. */
export function planLegend(level: Level, keyed = false): LegendEntry[] {
  const types = new Set<ItemType>(level.items.map((i) => i.type));
  const entries: LegendEntry[] = [
    {
      label: 'Room, inside faces (walls: the space between)',
      symbol: (s, x, y, w, h) => {
        s.polygon([box(x, y, w / 2 - 1.5, h)], { stroke: stroke(OUTLINE_WIDTH, BLACK) });
        s.polygon([box(x + w / 2 + 1.5, y, w / 2 - 1.5, h)], { stroke: stroke(OUTLINE_WIDTH, BLACK) });
      },
    },
    {
      label: 'Door and swing',
      symbol: (s, x, y, w, h) => {
        s.line([x, y + h], [x + w, y + h], stroke(OUTLINE_WIDTH, BLACK));
        s.line([x + 4, y + h], [x + 4 + h, y + h], stroke(OUTLINE_WIDTH + 0.9, WHITE));
        drawSwing(s, [x + 4, y + h], [x + 4 + h, y + h], [x + 4, y]);
      },
    },
    {
      label: 'Exit, 087(1)(C)',
      symbol: (s, x, y, w, h) => s.text([x + w / 2, y + h - 2], 'EXIT', { size: 6, weight: 'bold', anchor: 'middle', color: RED }),
    },
  ];
  if (level.rooms.some((r) => r.tornadoShelter)) {
    entries.push({
      label: 'Tornado shelter area, 090(1)(C)2',
      symbol: (s, x, y, w, h) => s.polygon([box(x, y, w, h)], { fill: SHELTER_FILL, stroke: stroke(0.8, SHELTER_COLOR) }),
    });
  }
  if (keyed) entries.push({ label: 'Room number: see the room key', symbol: (s, x, y, w, h) => drawKeyBadge(s, [x + w / 2, y + h / 2], 3) });
  if (level.windows.length) {
    entries.push({ label: 'Window', symbol: (s, x, y, w, h) => drawWindowSymbol(s, [x + 2, y + h / 2 - 2], [x + w - 2, y + h / 2 - 2], [0, 1], 4) });
  }
  const item = (type: ItemType, label: string, size: [number, number]) => {
    if (!types.has(type)) return;
    entries.push({ label, symbol: (s, x, y, w, h) => drawItemSymbol(s, type, box(x + (w - size[0]) / 2, y + (h - size[1]) / 2, size[0], size[1])) });
  };
  item('toilet', 'Toilet', [7, 10]);
  item('sink', 'Sink (handwashing)', [9, 8]);
  item('diaper-table', 'Diaper table', [10, 10]);
  if (['crib', 'portable-crib', 'playpen', 'cot', 'bed'].some((t) => types.has(t as ItemType))) item(types.has('crib') ? 'crib' : types.has('cot') ? 'cot' : 'playpen', 'Crib, playpen, cot', [14, 7]);
  if (['table', 'shelving', 'furniture', 'indoor-climber', 'partition'].some((t) => types.has(t as ItemType))) {
    entries.push({ label: 'Furniture, shelving', symbol: (s, x, y, w, h) => s.polygon([box(x + 4, y + 2, w - 8, h - 4)], { fill: PALE, stroke: stroke(0.35, [0.45, 0.45, 0.45]) }) });
  }
  item('range', 'Range', [9, 8]);
  item('furnace', 'Furnace', [9, 9]);
  item('water-heater', 'Water heater', [9, 9]);
  for (const [type, abbr] of Object.entries(DEVICE_ABBREVIATION) as [ItemType, string][]) {
    if (!types.has(type)) continue;
    entries.push({ label: `${abbr} ${DEVICE_NAME[type]}`, symbol: (s, x, y, w, h) => drawDeviceSymbol(s, type, [x + w / 2, y + h / 2], 4) });
  }
  return entries;
}

/**
 * The key takes at most this share of the height under the drawing; the rest of a long key (a plan with hundreds of
 * small rooms) goes on sheets of its own after the diagram, so the drawing keeps its scale.
 */
const KEY_SHARE = 0.4;

/** Rooms the room key holds on the diagram's own sheet. */
function keyRoomOnSheet(size: readonly [number, number], legend: readonly LegendEntry[]): number {
  const width = size[0] - 2 * MARGIN;
  const free = size[1] - 2 * MARGIN - TITLE_BLOCK_HEIGHT - legendHeight(legend, width) - 16;
  return keyCapacity(width, free * KEY_SHARE);
}

/**
 * The rooms of the level whose labels go to the room key at the layout's scale, numbered. The space under the
 * drawing the key takes can lower the scale, which can send more rooms to the key: the reservation only grows, so
 * a few rounds settle it.
 */
function layoutWithKey(ctx: PacketContext, level: Level, legend: readonly LegendEntry[], keyedLegend: readonly LegendEntry[]) {
  const extent = levelExtent(ctx.facility, level);
  const rooms = ctx.facility.rooms.filter((r) => r.level === level);
  const figures = (r: RoomInfo) => roomFigures(r, ctx.rooms.get(r.room.id));
  const spot = (r: RoomInfo) => ({ ring: r.room.polygon, at: labelSpot(r.room.polygon).at });
  const areaOf = (reserved: number) => (size: readonly [number, number]) => {
    const width = size[0] - 2 * MARGIN;
    const lh = legendHeight(reserved ? keyedLegend : legend, width);
    const kh = roomKeyHeight(Math.min(reserved, keyRoomOnSheet(size, keyedLegend)), width);
    const top = MARGIN + 6;
    const bottom = size[1] - MARGIN - TITLE_BLOCK_HEIGHT - lh - (kh ? kh + 4 : 0) - 6;
    return { x: MARGIN + 6, y: top, w: width - 12, h: bottom - top };
  };
  let reserved = 0;
  let layout = layoutSheet(ctx, extent, areaOf(0), EXIT_MARK_ROOM);
  let keyed = roomsNeedingKey(rooms, figures, spot, layout.scale.pointsPerInch);
  for (let round = 0; round < 4 && keyed.length > reserved; round++) {
    reserved = keyed.length;
    layout = layoutSheet(ctx, extent, areaOf(reserved), EXIT_MARK_ROOM);
    keyed = roomsNeedingKey(rooms, figures, spot, layout.scale.pointsPerInch);
  }
  const keys = keyNumbers(keyed.map((r) => ({ id: r.room.id, at: spot(r).at })));
  const rows: KeyRow[] = keyed.map((r) => ({ n: keys.get(r.room.id)!, id: r.room.id, figures: figures(r) })).sort((a, b) => a.n - b.n);
  return { layout, keys, rows };
}

function titleInfo(ctx: PacketContext, level: Level, heading: string): TitleInfo {
  return {
    heading,
    citation: '5 CSR 25-500.042(4)(A): rooms, toilets and handwashing, kitchen, office and doors',
    facility: ctx.plan.facility.name,
    ...contactOf(ctx.plan),
    facts: facilityFacts(ctx.plan),
    subject: ['Level', levelTitle(level)],
    date: ctx.date,
    ...(ctx.preparedBy ? { preparedBy: ctx.preparedBy } : {}),
    note: 'Inside faces, wall to wall; measured jointly with the licensing representative.',
  };
}

/** The rest of a long room key, on sheets of the diagram's size after it. */
function keySheets(ctx: PacketContext, level: Level, size: readonly [number, number], rows: readonly KeyRow[]): Page[] {
  const width = size[0] - 2 * MARGIN;
  const capacity = Math.max(1, keyCapacity(width, size[1] - 2 * MARGIN - TITLE_BLOCK_HEIGHT - 10));
  const pages: Page[] = [];
  for (let i = 0; i < rows.length; i += capacity) {
    const sheet = new Sheet(size[0], size[1]);
    const chunk = rows.slice(i, i + capacity);
    drawRoomKey(sheet, MARGIN, MARGIN + 6, width, chunk, i + capacity < rows.length ? 'Continued on the next sheet.' : undefined);
    drawSheetFrame(sheet, titleInfo(ctx, level, 'FACILITY DIAGRAM: ROOM KEY, CONTINUED'), null);
    pages.push({ part: 'facility', size, title: `Facility diagram, ${level.name}: room key ${chunk[0]!.n}-${chunk.at(-1)!.n}`, primitives: sheet.primitives, level: level.id });
  }
  return pages;
}

/** The diagram of a level, and the rest of its room key when the key is too long for the diagram's sheet. */
export function facilityPage(ctx: PacketContext, level: Level): Page[] {
  const legend = planLegend(level);
  const keyedLegend = planLegend(level, true);
  const { layout, keys, rows } = layoutWithKey(ctx, level, legend, keyedLegend);
  const sheet = new Sheet(layout.size[0], layout.size[1]);
  const k = layout.scale.pointsPerInch;
  drawLevel(sheet, ctx.facility, level, { origin: layout.origin, k }, { rooms: ctx.rooms, labels: 'full', keys });
  const width = sheet.width - 2 * MARGIN;
  const shown = rows.length ? keyedLegend : legend;
  const lh = legendHeight(shown, width);
  const legendY = sheet.height - MARGIN - TITLE_BLOCK_HEIGHT - lh;
  drawLegend(sheet, MARGIN, legendY, width, shown);
  const here = rows.slice(0, keyRoomOnSheet(layout.size, keyedLegend));
  const rest = rows.slice(here.length);
  if (here.length) drawRoomKey(sheet, MARGIN, legendY - 4 - roomKeyHeight(here.length, width), width, here, rest.length ? `Rooms ${rest[0]!.n}-${rest.at(-1)!.n}: on the next sheet.` : undefined);
  drawSheetFrame(sheet, titleInfo(ctx, level, 'FACILITY DIAGRAM'), layout.scale);
  const diagram: Page = {
    part: 'facility',
    size: layout.size,
    title: `Facility diagram, ${level.name}`,
    primitives: sheet.primitives,
    placement: { scale: layout.scale, origin: layout.origin },
    level: level.id,
  };
  return [diagram, ...keySheets(ctx, level, layout.size, rest)];
}

export const facilityPages = (ctx: PacketContext): Page[] => ctx.plan.levels.flatMap((level) => facilityPage(ctx, level));
