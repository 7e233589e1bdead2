/**
 * The outdoor diagram of 5 CSR 25-500.042(4)(B): "the outdoor play area and placement of equipment" — play areas
 * with their dimensions, area and fence height, ground surfaces, equipment footprints with their fall zones (the
 * engine's, after CPSC Pub. 325), obstacles and pools, and the building outline for orientation; to scale.
 */
import { equipmentLabel, equipmentZones } from '../../engine/outdoor/site.ts';
import { ringArea, ringBBox } from '../../geometry/index.ts';
import type { BBox, Point, Ring } from '../../geometry/types.ts';
import type { Surface } from '../../model/schema.ts';
import { toSquareFeet } from '../../model/quantities.ts';
import { formatLength } from '../../model/units.ts';
import { contactOf, drawSheetFrame, facilityFacts, groundLevel, layoutSheet, TITLE_BLOCK_HEIGHT, type PacketContext } from './context.ts';
import { drawLegend, legendHeight, MARGIN, type LegendEntry } from './frame.ts';
import { textWidth } from './metrics.ts';
import { sheetSize } from './scale.ts';
import { labelSpot, outwardNormal, toPage, type Placement } from './planDrawing.ts';
import { BLACK, DARK, GRAY, LabelPlacer, ORANGE, Sheet, WHITE, stroke, type Box } from './sheet.ts';
import type { Color, Page, PagePoint } from './types.ts';

const SURFACE_COLOR: Readonly<Record<Surface['material'], Color>> = {
  sand: [0.97, 0.91, 0.7],
  'pea-gravel': [0.86, 0.85, 0.78],
  'wood-chips': [0.87, 0.74, 0.57],
  'engineered-wood-fiber': [0.9, 0.79, 0.63],
  tanbark: [0.8, 0.66, 0.52],
  'shredded-rubber': [0.72, 0.77, 0.88],
  'rubber-mat': [0.63, 0.72, 0.87],
  'poured-rubber': [0.58, 0.7, 0.87],
  concrete: [0.87, 0.87, 0.87],
  asphalt: [0.62, 0.62, 0.62],
  grass: [0.8, 0.91, 0.72],
  soil: [0.82, 0.74, 0.62],
  carpet: [0.91, 0.8, 0.86],
  'artificial-turf': [0.68, 0.86, 0.62],
  other: [0.93, 0.93, 0.93],
};

const materialName = (m: string) => m.charAt(0).toUpperCase() + m.slice(1).replace(/-/g, ' ');
const ftIn = (inches: number) => formatLength(inches, { precision: 2 });
const surfaceLabel = (s: Surface) => `${materialName(s.material)}${s.depth !== undefined ? `, ${ftIn(s.depth)} deep` : ''}`;
const sqft = (sqIn: number) => `${Math.round(toSquareFeet(sqIn)).toLocaleString('en-US')} sq ft`;
const BUILDING_FILL: Color = [0.8, 0.8, 0.8];
const OBSTACLE_FILL: Color = [0.55, 0.7, 0.55];
const POOL_FILL: Color = [0.65, 0.82, 0.95];
const FENCE = stroke(1.8, BLACK, [7, 1.5, 1.5, 1.5]);

function siteExtent(ctx: PacketContext): BBox | null {
  const site = ctx.plan.site;
  const points: Point[] = [];
  for (const a of site?.playAreas ?? []) points.push(...a.polygon);
  for (const s of site?.surfaces ?? []) points.push(...s.polygon);
  for (const p of site?.pools ?? []) points.push(...p.polygon);
  for (const o of site?.obstacles ?? []) points.push(...o.polygon);
  for (const z of equipmentZones(ctx.facility)) for (const poly of z.fallZone.zone) for (const r of poly) points.push(...r);
  if (points.length === 0) return null;
  for (const r of groundLevel(ctx.plan).rooms) points.push(...r.polygon);
  return ringBBox(points);
}

/** A label centred in a polygon when it fits, with a light backing. */
function innerLabel(sheet: Sheet, pl: Placement, ring: Ring, lines: readonly string[], size: number, tag: string): boolean {
  const spot = labelSpot(ring);
  const at = toPage(pl, spot.at);
  const w = Math.max(...lines.map((l, i) => textWidth(l, size, i === 0 ? 'bold' : 'normal')));
  const h = lines.length * size * 1.2;
  if (w > spot.width * pl.k - 4 || h > spot.height * pl.k - 3) return false;
  sheet.rect(at[0] - w / 2 - 1.5, at[1] - h / 2 - 1, w + 3, h + 2, { fill: WHITE, fillOpacity: 0.75 });
  lines.forEach((l, i) => sheet.text([at[0], at[1] - h / 2 + size * (0.95 + i * 1.2)], l, { size, weight: i === 0 ? 'bold' : 'normal', anchor: 'middle', color: i === 0 ? BLACK : DARK }, tag));
  return true;
}

interface LabelLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
}

/**
 * A block of label lines centred on the first free candidate centre; when none is free, on the one overlapping
 * least (a crowded yard may overlap, but a label is never dropped).
 */
function placeBlock(sheet: Sheet, placer: LabelPlacer, lines: readonly LabelLine[], centres: readonly PagePoint[], tag: string, backing = false): void {
  const w = Math.max(...lines.map((l) => textWidth(l.text, l.size, l.bold ? 'bold' : 'normal')));
  const h = lines.reduce((a, l) => a + l.size * 1.15, 0);
  const boxAt = (c: PagePoint): Box => ({ x0: c[0] - w / 2 - 1, y0: c[1] - h / 2 - 1, x1: c[0] + w / 2 + 1, y1: c[1] + h / 2 + 1 });
  const c = centres[placer.placeBest(centres.map(boxAt))]!;
  if (backing) sheet.rect(c[0] - w / 2 - 1.5, c[1] - h / 2 - 1, w + 3, h + 2, { fill: WHITE, fillOpacity: 0.8 });
  let y = c[1] - h / 2;
  for (const l of lines) {
    y += l.size * 1.15;
    sheet.text([c[0], y - l.size * 0.22], l.text, { size: l.size, weight: l.bold ? 'bold' : 'normal', anchor: 'middle', color: l.bold ? BLACK : DARK }, tag);
  }
}

/** Candidate centres for a label of size w × h around a page box: below, above, right, left. */
function around(b: Box, w: number, h: number, gap = 2): PagePoint[] {
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  return [
    [cx, b.y1 + gap + h / 2],
    [cx, b.y0 - gap - h / 2],
    [b.x1 + gap + w / 2, cy],
    [b.x0 - gap - w / 2, cy],
  ];
}

const blockSize = (lines: readonly LabelLine[]) => ({
  w: Math.max(...lines.map((l) => textWidth(l.text, l.size, l.bold ? 'bold' : 'normal'))),
  h: lines.reduce((a, l) => a + l.size * 1.15, 0),
});

const pageBox = (pl: Placement, ring: Ring): Box => {
  const b = ringBBox(ring);
  const p = toPage(pl, [b.minX, b.minY]);
  const q = toPage(pl, [b.maxX, b.maxY]);
  return { x0: p[0], y0: p[1], x1: q[0], y1: q[1] };
};

/** The length of each edge long enough to carry it, written outside the polygon along the edge. */
function edgeDimensions(sheet: Sheet, pl: Placement, ring: Ring, placer: LabelPlacer, tag: string): void {
  const size = 6;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const text = ftIn(len);
    if (len * pl.k < textWidth(text, size) + 6) continue;
    const n = outwardNormal(a, b, ring);
    const mid = toPage(pl, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
    let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
    const rad = (angle * Math.PI) / 180;
    const up: Point = [Math.sin(rad), -Math.cos(rad)];
    const away = up[0] * n[0] + up[1] * n[1] > 0;
    const off = away ? 3 : 3 + size * 0.75;
    const at: PagePoint = [mid[0] + n[0] * off, mid[1] + n[1] * off];
    const w = textWidth(text, size);
    // The box the (possibly turned) text covers, for the placer.
    const c = Math.abs(Math.cos(rad));
    const sn = Math.abs(Math.sin(rad));
    const centre: PagePoint = [at[0] + up[0] * size * 0.3, at[1] + up[1] * size * 0.3];
    const hw = (w * c + size * sn) / 2;
    const hh = (w * sn + size * c) / 2;
    placer.reserve({ x0: centre[0] - hw, y0: centre[1] - hh, x1: centre[0] + hw, y1: centre[1] + hh });
    sheet.text(at, text, { size, anchor: 'middle', color: DARK, ...(Math.abs(angle) > 0.01 ? { rotate: angle } : {}) }, tag);
  }
}

function outdoorLegend(ctx: PacketContext): LegendEntry[] {
  const site = ctx.plan.site;
  const swatch = (fill: Color, s: ReturnType<typeof stroke> | undefined) => (sh: Sheet, x: number, y: number, w: number, h: number) =>
    sh.rect(x + 2, y + 1, w - 4, h - 2, { fill, ...(s ? { stroke: s } : {}) });
  const entries: LegendEntry[] = [
    { label: 'Fence, play area boundary', symbol: (s, x, y, w, h) => s.line([x, y + h / 2], [x + w, y + h / 2], FENCE) },
    { label: 'Equipment footprint', symbol: (s, x, y, w, h) => s.rect(x + 6, y + 1, w - 12, h - 2, { fill: WHITE, stroke: stroke(0.9, BLACK) }) },
    {
      label: 'Fall zone (CPSC use zone)',
      symbol: (s, x, y, w, h) => s.rect(x + 1, y + 1, w - 2, h - 2, { fill: ORANGE, fillOpacity: 0.15, stroke: stroke(0.8, ORANGE, [3, 2]) }),
    },
    { label: 'Building', symbol: swatch(BUILDING_FILL, stroke(0.5, GRAY)) },
  ];
  const seen = new Set<string>();
  for (const s of site?.surfaces ?? []) {
    const label = surfaceLabel(s);
    if (seen.has(label)) continue;
    seen.add(label);
    entries.push({ label, symbol: swatch(SURFACE_COLOR[s.material], stroke(0.3, GRAY)) });
  }
  if (site?.obstacles?.length) entries.push({ label: 'Obstacle (tree, shed, wall)', symbol: swatch(OBSTACLE_FILL, stroke(0.5, DARK)) });
  if (site?.pools?.length) entries.push({ label: 'Pool', symbol: swatch(POOL_FILL, stroke(0.5, DARK)) });
  return entries;
}

export function outdoorPage(ctx: PacketContext): Page {
  const extent = siteExtent(ctx);
  const legend = outdoorLegend(ctx);
  const areaOf = (size: readonly [number, number]) => {
    const lh = legendHeight(legend, size[0] - 2 * MARGIN);
    const top = MARGIN + 6;
    return { x: MARGIN + 6, y: top, w: size[0] - 2 * MARGIN - 12, h: size[1] - MARGIN - TITLE_BLOCK_HEIGHT - lh - 6 - top };
  };
  const info = {
    heading: 'OUTDOOR PLAY AREA DIAGRAM',
    citation: '5 CSR 25-500.042(4)(B): outdoor play area and placement of equipment',
    facility: ctx.plan.facility.name,
    ...contactOf(ctx.plan),
    facts: facilityFacts(ctx.plan),
    subject: ['Site', 'Outdoor play areas'] as const,
    date: ctx.date,
    ...(ctx.preparedBy ? { preparedBy: ctx.preparedBy } : {}),
    note: 'Fall zones after the CPSC Public Playground Safety Handbook (Pub. 325).',
  };

  if (!extent) {
    const [w, h] = sheetSize(ctx.paper, ctx.orientation ?? 'landscape');
    const sheet = new Sheet(w, h);
    sheet.text([w / 2, h / 2 - 40], 'No outdoor play area is drawn in this plan.', { size: 14, weight: 'bold', anchor: 'middle' });
    sheet.text([w / 2, h / 2 - 22], 'Draw the fenced play area, its surfaces and equipment to complete the diagram 500.042(4)(B) asks for.', { size: 9, anchor: 'middle', color: DARK });
    drawSheetFrame(sheet, info, null);
    return { part: 'outdoor', size: [w, h], title: 'Outdoor play area diagram', primitives: sheet.primitives };
  }

  const layout = layoutSheet(ctx, extent, areaOf, 30);
  const sheet = new Sheet(layout.size[0], layout.size[1]);
  const pl: Placement = { origin: layout.origin, k: layout.scale.pointsPerInch };
  const ring = (r: Ring): PagePoint[] => r.map((p) => toPage(pl, p));
  const site = ctx.plan.site!;

  for (const s of site.surfaces ?? []) sheet.polygon([ring(s.polygon)], { fill: SURFACE_COLOR[s.material], stroke: stroke(0.3, GRAY) }, `surface:${s.id}`);

  const ground = groundLevel(ctx.plan);
  for (const r of ground.rooms) sheet.polygon([ring(r.polygon)], { fill: BUILDING_FILL, stroke: stroke(0.5, GRAY) }, `building:${r.id}`);
  const largest = [...ground.rooms].sort((a, b) => ringArea(b.polygon) - ringArea(a.polygon))[0];
  if (largest) innerLabel(sheet, pl, largest.polygon, ['BUILDING', ground.name], 7, 'building-label');

  for (const p of site.pools ?? []) sheet.polygon([ring(p.polygon)], { fill: POOL_FILL, stroke: stroke(0.8, DARK) }, `pool:${p.id}`);

  const zones = equipmentZones(ctx.facility);
  for (const z of zones) {
    for (const poly of z.fallZone.zone) sheet.polygon(poly.map((r) => ring(r)), { fill: ORANGE, fillOpacity: 0.12, stroke: stroke(0.8, ORANGE, [3, 2]) }, `fall-zone:${z.equipment.id}`);
  }
  for (const o of site.obstacles ?? []) sheet.polygon([ring(o.polygon)], { fill: OBSTACLE_FILL, stroke: stroke(0.5, DARK) }, `obstacle:${o.id}`);
  for (const z of zones) sheet.polygon([ring(z.fallZone.footprint)], { fill: WHITE, stroke: stroke(0.9, BLACK) }, `equipment:${z.equipment.id}`);
  for (const a of site.playAreas ?? []) sheet.polygon([ring(a.polygon)], { stroke: FENCE }, `play-area:${a.id}`);

  // Labels, most important first, each kept off those already placed.
  const placer = new LabelPlacer();
  for (const a of site.playAreas ?? []) edgeDimensions(sheet, pl, a.polygon, placer, `dimension:${a.id}`);
  for (const a of site.playAreas ?? []) {
    const kind = a.infantToddler ? ', infants/toddlers' : a.schoolAgeOnly ? ', school-age only' : '';
    const fence = a.fenceHeight > 0 ? `fence ${ftIn(a.fenceHeight)} high` : 'no fence';
    const lines: LabelLine[] = [{ text: `${a.name}${kind}`, size: 7, bold: true }, { text: `${sqft(ringArea(a.polygon))}, ${fence}`, size: 6.5 }];
    const { w, h } = blockSize(lines);
    const b = pageBox(pl, a.polygon);
    const outside = around({ ...b, y0: b.y0 - 9, y1: b.y1 + 9 }, w, h);
    placeBlock(sheet, placer, lines, [outside[1]!, outside[0]!, [(b.x0 + b.x1) / 2, b.y0 + 4 + h / 2], outside[2]!, outside[3]!], `play-area:${a.id}`, true);
  }
  for (const z of zones) {
    const lines: LabelLine[] = [
      { text: equipmentLabel(z.equipment), size: 5.5, bold: true },
      { text: z.equipment.height > 0 ? `${ftIn(z.equipment.height)} high` : 'ground level', size: 5 },
    ];
    const { w, h } = blockSize(lines);
    const foot = pageBox(pl, z.fallZone.footprint);
    const zone = pageBox(pl, z.fallZone.zone.flatMap((poly) => poly[0] ?? []));
    const inside: PagePoint[] = w <= foot.x1 - foot.x0 - 2 && h <= foot.y1 - foot.y0 - 2 ? [[(foot.x0 + foot.x1) / 2, (foot.y0 + foot.y1) / 2]] : [];
    placeBlock(sheet, placer, lines, [...inside, ...around(foot, w, h, 1.5), ...around(zone, w, h), ...around(zone, w, h, h + 4)], `equipment:${z.equipment.id}`, true);
  }
  for (const o of site.obstacles ?? []) {
    const lines: LabelLine[] = [{ text: o.name, size: 5.5 }];
    const { w, h } = blockSize(lines);
    placeBlock(sheet, placer, lines, around(pageBox(pl, o.polygon), w, h), `obstacle:${o.id}`, true);
  }
  for (const p of site.pools ?? []) {
    const lines: LabelLine[] = [{ text: 'Pool', size: 6, bold: true }, { text: `${ftIn(p.depth)} deep, fence ${ftIn(p.fenceHeight)}${p.lockedGate ? ', locked gate' : ''}`, size: 5.5 }];
    const { w, h } = blockSize(lines);
    const b = pageBox(pl, p.polygon);
    placeBlock(sheet, placer, lines, [[(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2], ...around(b, w, h)], `pool:${p.id}`, true);
  }
  // Surfaces are named in the legend; on the plan only where a label finds room inside its own patch.
  for (const s of site.surfaces ?? []) {
    const lines: LabelLine[] = [{ text: surfaceLabel(s), size: 5.5 }];
    const { w, h } = blockSize(lines);
    const b = pageBox(pl, s.polygon);
    if (w > b.x1 - b.x0 - 4 || h > b.y1 - b.y0 - 4) continue;
    const cx = (b.x0 + b.x1) / 2;
    const candidates: PagePoint[] = [
      [cx, b.y1 - 2 - h / 2],
      [cx, b.y0 + 2 + h / 2],
      [cx, (b.y0 + b.y1) / 2],
    ];
    const boxes = candidates.map((c) => ({ x0: c[0] - w / 2, y0: c[1] - h / 2, x1: c[0] + w / 2, y1: c[1] + h / 2 }));
    const i = placer.place(boxes);
    if (i >= 0) sheet.text([candidates[i]![0], candidates[i]![1] + h / 2 - 1.5], lines[0]!.text, { size: 5.5, anchor: 'middle', color: DARK }, `surface:${s.id}`);
  }

  const lh = legendHeight(legend, sheet.width - 2 * MARGIN);
  drawLegend(sheet, MARGIN, sheet.height - MARGIN - TITLE_BLOCK_HEIGHT - lh, sheet.width - 2 * MARGIN, legend);
  drawSheetFrame(sheet, info, layout.scale);
  return { part: 'outdoor', size: layout.size, title: 'Outdoor play area diagram', primitives: sheet.primitives, placement: { scale: layout.scale, origin: layout.origin } };
}
