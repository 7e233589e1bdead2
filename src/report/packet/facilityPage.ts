/**
 * The facility diagram of 5 CSR 25-500.042(4)(A), one sheet per level: "the arrangement of the rooms, including the
 * location of toilet and handwashing facilities, the kitchen, the office, and the doors", drawn to a standard
 * architectural scale with title block, stated scale and scale bar, north arrow and legend.
 */
import type { ItemType, Level } from '../../model/schema.ts';
import { drawLegend, legendHeight, MARGIN, type LegendEntry } from './frame.ts';
import { drawSheetFrame, facilityFacts, layoutSheet, levelTitle, TITLE_BLOCK_HEIGHT, type PacketContext } from './context.ts';
import {
  DEVICE_ABBREVIATION,
  DEVICE_NAME,
  drawDeviceSymbol,
  drawItemSymbol,
  drawLevel,
  drawSwing,
  drawWindowSymbol,
  EXIT_MARK_ROOM,
  levelExtent,
  OUTLINE_WIDTH,
} from './planDrawing.ts';
import { BLACK, PALE, RED, Sheet, WHITE, stroke } from './sheet.ts';
import type { Page, PagePoint } from './types.ts';

const box = (x: number, y: number, w: number, h: number): PagePoint[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/** Legend of the symbols a level plan uses; fixtures and devices only when the level has them. */
export function planLegend(level: Level): LegendEntry[] {
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

export function facilityPage(ctx: PacketContext, level: Level): Page {
  const extent = levelExtent(ctx.facility, level);
  const legend = planLegend(level);
  const areaOf = (size: readonly [number, number]) => {
    const lh = legendHeight(legend, size[0] - 2 * MARGIN);
    const top = MARGIN + 6;
    const bottom = size[1] - MARGIN - TITLE_BLOCK_HEIGHT - lh - 6;
    return { x: MARGIN + 6, y: top, w: size[0] - 2 * MARGIN - 12, h: bottom - top };
  };
  const layout = layoutSheet(ctx, extent, areaOf, EXIT_MARK_ROOM);
  const sheet = new Sheet(layout.size[0], layout.size[1]);
  const k = layout.scale.pointsPerInch;
  drawLevel(sheet, ctx.facility, level, { origin: layout.origin, k }, { rooms: ctx.rooms, labels: 'full' });
  const lh = legendHeight(legend, sheet.width - 2 * MARGIN);
  drawLegend(sheet, MARGIN, sheet.height - MARGIN - TITLE_BLOCK_HEIGHT - lh, sheet.width - 2 * MARGIN, legend);
  drawSheetFrame(
    sheet,
    {
      heading: 'FACILITY DIAGRAM',
      citation: '5 CSR 25-500.042(4)(A): rooms, toilets and handwashing, kitchen, office and doors',
      facility: ctx.plan.facility.name,
      ...(ctx.plan.facility.address ? { address: ctx.plan.facility.address } : {}),
      facts: facilityFacts(ctx.plan),
      subject: ['Level', levelTitle(level)],
      date: ctx.date,
      ...(ctx.preparedBy ? { preparedBy: ctx.preparedBy } : {}),
      note: 'Inside faces, wall to wall; measured jointly with the licensing representative.',
    },
    layout.scale,
  );
  return {
    part: 'facility',
    size: layout.size,
    title: `Facility diagram, ${level.name}`,
    primitives: sheet.primitives,
    placement: { scale: layout.scale, origin: layout.origin },
    level: level.id,
  };
}

export const facilityPages = (ctx: PacketContext): Page[] => ctx.plan.levels.map((level) => facilityPage(ctx, level));
