/**
 * One level of the plan drawn onto a sheet: rooms by their inside faces (walls are the gaps between outlines, as the
 * plan format draws them), doors as openings with their swings, windows, fixtures and furniture, fire-safety
 * devices, exits marked EXIT, and room labels (name, use, inside dimensions, area and usable area from the report).
 * The facility diagram (500.042(4)(A)) and the evacuation plans (087(2)(E), 090(2)(B)2) both draw it.
 */
import { passageOf as computePassage, type Passage } from '../../engine/egress/passages.ts';
import { itemFootprint, type DoorInfo, type Facility, type RoomInfo } from '../../engine/facility.ts';
import { distancePointToRing, pointInRing, ringBBox, ringCentroid } from '../../geometry/index.ts';
import type { BBox, Point, Ring } from '../../geometry/types.ts';
import { isDevice } from '../../model/defaults.ts';
import type { ItemType, Level, RoomUse } from '../../model/schema.ts';
import { formatLength } from '../../model/units.ts';
import type { RoomRow } from '../types.ts';
import { textWidth, truncate } from './metrics.ts';
import { areaLine, blockSize, boxInRoom, fitLabel, fullLabelSets, nameLines, shelterLines, LABEL_SIZES, SHELTER_COLOR, SHELTER_FILL, SHELTER_LABEL, weightOf, type LabelLine, type RoomFigures } from './roomLabels.ts';
import { BLACK, DARK, GRAY, PALE, RED, Sheet, WHITE, YELLOW, stroke } from './sheet.ts';
import type { Color, PagePoint } from './types.ts';

/** Plan inches → page points: page = origin + plan × k. */
export interface Placement {
  readonly origin: PagePoint;
  readonly k: number;
}

export const toPage = (pl: Placement, p: Point): PagePoint => [pl.origin[0] + p[0] * pl.k, pl.origin[1] + p[1] * pl.k];

export const OUTLINE_WIDTH = 1.1;

export const USE_LABEL: Readonly<Record<RoomUse, string>> = {
  'child-care': 'Child care',
  kitchen: 'Kitchen',
  bathroom: 'Bathroom',
  closet: 'Closet',
  storage: 'Storage',
  office: 'Office',
  staff: 'Staff',
  corridor: 'Corridor',
  stair: 'Stair',
  mechanical: 'Mechanical',
  laundry: 'Laundry',
  garage: 'Garage',
  family: 'Family quarters (not child care)',
  other: 'Other',
};

const AGE_LABEL: Readonly<Record<string, string>> = { infant: 'infants', toddler: 'toddlers', two: 'twos', preschool: 'preschool', schoolAge: 'school-age' };

export function useLine(room: RoomInfo): string {
  if (room.room.use !== 'child-care') return USE_LABEL[room.room.use];
  const ages = [...room.ages].map((a) => AGE_LABEL[a] ?? a);
  return `Child care${ages.length ? `: ${ages.join(', ')}` : ''}${room.sleeping ? ', napping' : ''}`;
}

// ── geometry of doors and rooms ────────────────────────────────────────────────────────────────────────────

/**
 * Remembered per door, per room ring and per level, like labelSpot below: every poster of a level draws the same
 * doors and rooms again (a 200-room level, 200 times), and the analysis never changes under a packet.
 */
const passages = new WeakMap<DoorInfo, Passage>();
const passageOf = (door: DoorInfo): Passage => passages.get(door) ?? passages.set(door, computePassage(door)).get(door)!;
const leaves = new WeakMap<DoorInfo, DoorLeaf | null>();
const extents = new WeakMap<Facility, Map<Level, BBox>>();

export interface DoorLeaf {
  /** Hinge jamb, on the face of the side the leaf swings into. */
  readonly hinge: Point;
  readonly free: Point;
  /** Tip of the leaf drawn open 90°. */
  readonly open: Point;
  /** Unit vector into the swing side. */
  readonly dir: Point;
}

/** The leaf of a side-hinged door, hung on `hinge` (default a) on the face of the room it swings into; else null. */
export function doorLeaf(door: DoorInfo): DoorLeaf | null {
  if (!leaves.has(door)) leaves.set(door, swingLeaf(door));
  return leaves.get(door)!;
}

function swingLeaf(door: DoorInfo): DoorLeaf | null {
  const d = door.door;
  if (d.swing === 'none' || (d.kind !== undefined && d.kind !== 'swing')) return null;
  const pass = passageOf(door);
  const intoFrom = d.swing === door.from.room.id;
  const dir: Point = intoFrom ? [-pass.normal[0], -pass.normal[1]] : pass.normal;
  const [a, b] = intoFrom ? [pass.a, pass.b] : [pass.a2, pass.b2];
  const hinge = d.hinge === 'b' ? b : a;
  const free = d.hinge === 'b' ? a : b;
  return { hinge, free, open: [hinge[0] + dir[0] * door.width, hinge[1] + dir[1] * door.width], dir };
}

/** Unit vector from an exit's own side out through the opening (outside, or into the exit stair). */
export function exitDirection(door: DoorInfo): Point {
  const pass = passageOf(door);
  return door.exitFrom === door.from || door.exitFrom === null ? pass.normal : [-pass.normal[0], -pass.normal[1]];
}

/** Unit normal of a → b pointing away from the ring (out of the room whose face a–b lies on). */
export function outwardNormal(a: Point, b: Point, ring: Ring): Point {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const n: Point = [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
  const probe: Point = [(a[0] + b[0]) / 2 + n[0] * 0.5, (a[1] + b[1]) / 2 + n[1] * 0.5];
  return pointInRing(probe, ring) === 'inside' ? [-n[0], -n[1]] : n;
}

/** Everything drawn for a level, in plan inches: rooms, door leaves, windows. */
export function levelExtent(facility: Facility, level: Level): BBox {
  const perLevel = extents.get(facility) ?? extents.set(facility, new Map()).get(facility)!;
  return perLevel.get(level) ?? perLevel.set(level, extentOf(facility, level)).get(level)!;
}

function extentOf(facility: Facility, level: Level): BBox {
  const points: Point[] = [];
  for (const r of level.rooms) points.push(...r.polygon);
  for (const d of facility.doors) {
    if (d.level !== level) continue;
    const leaf = doorLeaf(d);
    if (leaf) points.push(leaf.open, leaf.hinge);
  }
  return points.length ? ringBBox(points) : { minX: 0, minY: 0, maxX: 120, maxY: 120 };
}

/** Inside dimensions: exact for a rectangle (either way round), else the overall extent. */
export function insideDimensions(ring: Ring): string {
  const fmt = (n: number) => formatLength(n, { precision: 2 });
  if (ring.length === 4) {
    const e = ring.map((p, i) => {
      const q = ring[(i + 1) % 4]!;
      return [q[0] - p[0], q[1] - p[1]] as const;
    });
    const square = e.every((v, i) => {
      const w = e[(i + 1) % 4]!;
      return Math.abs(v[0] * w[0] + v[1] * w[1]) <= 1e-6 * Math.hypot(...v) * Math.hypot(...w) + 1e-9;
    });
    if (square) {
      const l0 = Math.hypot(...e[0]!);
      const l1 = Math.hypot(...e[1]!);
      // East-west first when the room is drawn square to the page.
      const horizontalFirst = Math.abs(e[0]![0]) >= Math.abs(e[0]![1]);
      return horizontalFirst ? `${fmt(l0)} x ${fmt(l1)}` : `${fmt(l1)} x ${fmt(l0)}`;
    }
  }
  const b = ringBBox(ring);
  return `${fmt(b.maxX - b.minX)} x ${fmt(b.maxY - b.minY)} overall`;
}

export interface LabelSpot {
  readonly at: Point;
  /** Free width and height through `at`, plan inches. */
  readonly width: number;
  readonly height: number;
}

/** Width of the chord of a ring through p along x (horizontal) or y (vertical). */
function chord(ring: Ring, p: Point, axis: 0 | 1): number {
  const o = axis === 0 ? 1 : 0;
  const hits: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const u = ring[i]!;
    const v = ring[(i + 1) % ring.length]!;
    if ((u[o] <= p[o] && v[o] > p[o]) || (v[o] <= p[o] && u[o] > p[o])) hits.push(u[axis] + ((p[o] - u[o]) / (v[o] - u[o])) * (v[axis] - u[axis]));
  }
  let lo = -Infinity;
  let hi = Infinity;
  for (const h of hits) {
    if (h <= p[axis]) lo = Math.max(lo, h);
    else hi = Math.min(hi, h);
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? hi - lo : 0;
}

const spots = new WeakMap<Ring, LabelSpot>();

/**
 * Where a room's label goes: a point deep inside (near the pole of inaccessibility), with the room around it.
 * Remembered per ring: every poster of a level labels the same rooms.
 */
export function labelSpot(ring: Ring): LabelSpot {
  const known = spots.get(ring);
  if (known) return known;
  const spot = findLabelSpot(ring);
  spots.set(ring, spot);
  return spot;
}

function findLabelSpot(ring: Ring): LabelSpot {
  const box = ringBBox(ring);
  const centroid = ringCentroid(ring);
  const candidates: Point[] = [centroid];
  const n = 14;
  for (let i = 1; i < n; i++) for (let j = 1; j < n; j++) candidates.push([box.minX + ((box.maxX - box.minX) * i) / n, box.minY + ((box.maxY - box.minY) * j) / n]);
  let best = centroid;
  let bestScore = -Infinity;
  const diag = Math.hypot(box.maxX - box.minX, box.maxY - box.minY) || 1;
  for (const c of candidates) {
    if (pointInRing(c, ring) !== 'inside') continue;
    const d = distancePointToRing(c, ring);
    // Deep inside first; among near-equals the one nearer the centroid (a rectangle labels at its centre).
    const score = d - 0.02 * Math.hypot(c[0] - centroid[0], c[1] - centroid[1]) * (d / diag);
    if (score > bestScore + 1e-9) [best, bestScore] = [c, score];
  }
  return { at: best, width: chord(ring, best, 0), height: chord(ring, best, 1) };
}

// ── symbols ──────────────────────────────────────────────────────────────────────────────────────────────

const SLEEPING_TYPES: ReadonlySet<ItemType> = new Set(['crib', 'portable-crib', 'playpen', 'cot', 'bed']);
const FIXTURE_TYPES: ReadonlySet<ItemType> = new Set(['toilet', 'urinal', 'sink', 'potty-chair', 'diaper-table', 'range', 'furnace', 'water-heater', 'dryer']);

/** Abbreviations of the wall and ceiling devices, as the legend explains them. */
export const DEVICE_ABBREVIATION: Readonly<Partial<Record<ItemType, string>>> = {
  'smoke-detector': 'SD',
  'heat-detector': 'HD',
  'co-detector': 'CO',
  'pull-station': 'PS',
  'horn-strobe': 'HS',
  extinguisher: 'FE',
  'exit-sign': 'EX',
  'emergency-light': 'EL',
};

export const DEVICE_NAME: Readonly<Partial<Record<ItemType, string>>> = {
  'smoke-detector': 'Smoke detector',
  'heat-detector': 'Heat detector',
  'co-detector': 'CO detector',
  'pull-station': 'Pull station',
  'horn-strobe': 'Horn/strobe',
  extinguisher: 'Fire extinguisher',
  'exit-sign': 'Exit sign',
  'emergency-light': 'Emergency light',
};

/** Fixture letters drawn inside the footprint when there is room. */
const FIXTURE_LETTERS: Readonly<Partial<Record<ItemType, string>>> = {
  range: 'R',
  furnace: 'F',
  'water-heater': 'WH',
  dryer: 'D',
  'diaper-table': 'DT',
  urinal: 'U',
  'potty-chair': 'P',
};

const ringCentre = (ring: readonly PagePoint[]): PagePoint => {
  let x = 0;
  let y = 0;
  for (const p of ring) [x, y] = [x + p[0], y + p[1]];
  return [x / ring.length, y / ring.length];
};

/** Draws a floor item's symbol on its (page) footprint. */
export function drawItemSymbol(sheet: Sheet, type: ItemType, ring: readonly PagePoint[], tag?: string): void {
  const c = ringCentre(ring);
  const side = (i: number) => Math.hypot(ring[(i + 1) % ring.length]![0] - ring[i]![0], ring[(i + 1) % ring.length]![1] - ring[i]![1]);
  const small = Math.min(side(0), side(1));
  if (type === 'toilet') {
    sheet.polygon([ring], { fill: WHITE, stroke: stroke(0.5, DARK) }, tag);
    sheet.circle(c, Math.max(0.8, small * 0.3), { stroke: stroke(0.5, DARK) });
    return;
  }
  if (type === 'sink') {
    sheet.polygon([ring], { fill: WHITE, stroke: stroke(0.5, DARK) }, tag);
    sheet.circle(c, Math.max(0.6, small * 0.25), { stroke: stroke(0.4, DARK) });
    return;
  }
  if (SLEEPING_TYPES.has(type)) {
    sheet.polygon([ring], { fill: [0.9, 0.93, 0.98], stroke: stroke(0.4, GRAY) }, tag);
    if (ring.length === 4) sheet.line(ring[0]!, ring[2]!, stroke(0.25, GRAY));
    return;
  }
  if (FIXTURE_TYPES.has(type)) {
    sheet.polygon([ring], { fill: WHITE, stroke: stroke(0.5, DARK) }, tag);
    const letters = FIXTURE_LETTERS[type];
    if (letters) {
      const size = Math.min(5, small * 0.55);
      if (size >= 2.5 && textWidth(letters, size, 'bold') < small * 1.5) sheet.text([c[0], c[1] + size * 0.35], letters, { size, weight: 'bold', anchor: 'middle', color: DARK });
    }
    return;
  }
  sheet.polygon([ring], { fill: PALE, stroke: stroke(0.35, GRAY) }, tag);
}

export function drawDeviceSymbol(sheet: Sheet, type: ItemType, at: PagePoint, radius = 3.2, tag?: string): void {
  sheet.circle(at, radius, { fill: WHITE, stroke: stroke(0.5, type === 'smoke-detector' || type === 'heat-detector' ? RED : DARK) }, tag);
  const abbr = DEVICE_ABBREVIATION[type] ?? '?';
  const size = radius * 0.95;
  sheet.text([at[0], at[1] + size * 0.36], abbr, { size, weight: 'bold', anchor: 'middle', color: DARK });
}

/** The window symbol: a sash band across the wall line, `depth` points thick on the outer side. */
export function drawWindowSymbol(sheet: Sheet, a: PagePoint, b: PagePoint, out: Point, depth = 4, tag?: string): void {
  const o = (p: PagePoint, t: number): PagePoint => [p[0] + out[0] * t, p[1] + out[1] * t];
  sheet.polygon([[a, b, o(b, depth), o(a, depth)]], { fill: WHITE, stroke: stroke(0.5, BLACK) }, tag);
  sheet.line(o(a, depth / 2), o(b, depth / 2), stroke(0.4, BLACK));
}

/** A quarter-circle door swing: the leaf drawn open and the arc its free edge sweeps (page points). */
export function drawSwing(sheet: Sheet, hinge: PagePoint, free: PagePoint, open: PagePoint, tag?: string): void {
  const r = Math.hypot(free[0] - hinge[0], free[1] - hinge[1]);
  if (r < 0.5) return;
  const start = (Math.atan2(free[1] - hinge[1], free[0] - hinge[0]) * 180) / Math.PI;
  const end = (Math.atan2(open[1] - hinge[1], open[0] - hinge[0]) * 180) / Math.PI;
  let sweep = end - start;
  while (sweep > 180) sweep -= 360;
  while (sweep <= -180) sweep += 360;
  sheet.line(hinge, open, stroke(0.6, BLACK), tag);
  sheet.arc(hinge, r, start, sweep, stroke(0.35, DARK), tag);
}

// ── the level ───────────────────────────────────────────────────────────────────────────────────────────

export interface LevelDrawingOptions {
  readonly rooms: ReadonlyMap<string, RoomRow>;
  /** `full`: name, use, dimensions, areas, fixtures; `name`: names only (posters). */
  readonly labels: 'full' | 'name';
  /** Rooms labelled by a number of the sheet's room key instead (roomLabels.ts): room id → number. */
  readonly keys?: ReadonlyMap<string, number>;
  /** Filled to stand out (the evacuation plan's room); its label is left to the caller. */
  readonly highlight?: RoomInfo;
}

function roomFill(room: RoomInfo): Color {
  if (room.room.tornadoShelter) return SHELTER_FILL;
  switch (room.room.use) {
    case 'child-care':
      return WHITE;
    case 'corridor':
    case 'stair':
      return [0.97, 0.97, 0.97];
    case 'family':
      return [0.9, 0.9, 0.9];
    default:
      return [0.94, 0.94, 0.94];
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Fixtures and sleeping equipment of a room, counted: "2 toilets, 3 sinks". */
export function equipmentLine(room: RoomInfo): string {
  const count = (types: readonly ItemType[]) => room.items.filter((i) => types.includes(i.item.type)).length;
  const parts: string[] = [];
  const add = (n: number, one: string, many?: string) => n > 0 && parts.push(plural(n, one, many));
  add(count(['toilet']), 'toilet');
  add(count(['urinal']), 'urinal');
  add(count(['sink']), 'sink');
  add(count(['potty-chair']), 'potty chair');
  add(count(['diaper-table']), 'diaper table');
  add(count(['crib', 'portable-crib']), 'crib');
  add(count(['playpen']), 'playpen');
  add(count(['cot']), 'cot');
  add(count(['bed']), 'bed');
  add(count(['range']), 'range');
  return parts.join(', ');
}

/** What the facility diagram says of a room, in its label or its line of the room key. */
export function roomFigures(room: RoomInfo, row: RoomRow | undefined): RoomFigures {
  return {
    name: room.room.name,
    use: useLine(room),
    dimensions: insideDimensions(room.room.polygon),
    area: areaLine(row),
    equipment: equipmentLine(room),
    shelter: room.room.tornadoShelter === true,
  };
}

/** The label block, centred on `at` (page points). */
function drawLabelBlock(sheet: Sheet, at: PagePoint, lines: readonly LabelLine[], size: number, tag: string): void {
  const nameSize = size + 0.5;
  const { w, h } = blockSize(lines, size);
  sheet.rect(at[0] - w / 2 - 1.5, at[1] - h / 2 - 1, w + 3, h + 2, { fill: WHITE, fillOpacity: 0.8 });
  let y = at[1] - h / 2 + nameSize * 0.9;
  lines.forEach((line, i) => {
    sheet.text([at[0], y], line.text, { size: i === 0 ? nameSize : size, weight: weightOf(line, i), anchor: 'middle', color: line.color ?? (i === 0 ? BLACK : DARK) }, tag);
    y += (i === 0 ? nameSize * 0.25 : 0) + size * 1.18;
  });
}

/** A room key number in a circle: the room tag of drafting, pointing to the sheet's room key. */
export const KEY_RADIUS = 5.5;
export function drawKeyBadge(sheet: Sheet, at: PagePoint, n: number, tag?: string, color: Color = BLACK): void {
  const size = n >= 10 ? 6 : 6.5;
  sheet.circle(at, KEY_RADIUS, { fill: WHITE, stroke: stroke(0.8, color) }, tag);
  sheet.text([at[0], at[1] + size * 0.36], String(n), { size, weight: 'bold', anchor: 'middle', color }, tag);
}

/**
 * A keyed room: its number, with its name under it (or beside it) when the name fits at the readable size. A
 * tornado shelter is found without the key: its fill and its number are in the shelter's colour, and it says
 * TORNADO SHELTER when that fits too.
 */
function drawKeyedLabel(sheet: Sheet, pl: Placement, room: RoomInfo, n: number): void {
  const spot = labelSpot(room.room.polygon);
  const ring = room.room.polygon;
  const tag = `label:${room.room.id}`;
  const names = nameLines(room.room.name);
  const badgeColor = room.room.tornadoShelter ? SHELTER_COLOR : BLACK;
  const sets: LabelLine[][] = [...(room.room.tornadoShelter ? shelterLines().flatMap((mark) => names.map((n) => [...n, ...mark])) : []), ...names];
  const at = toPage(pl, spot.at);
  const d = 2 * KEY_RADIUS;
  for (const lines of sets) {
    for (const size of LABEL_SIZES.filter((s) => s <= 7)) {
      const block = blockSize(lines, size);
      // The badge over the name, the pair centred on the label spot.
      const h = d + 2 + block.h;
      if (boxInRoom(ring, spot.at, Math.max(d, block.w) + 4, h + 3, pl.k)) {
        drawKeyBadge(sheet, [at[0], at[1] - h / 2 + KEY_RADIUS], n, `key:${room.room.id}`, badgeColor);
        drawLabelBlock(sheet, [at[0], at[1] + h / 2 - block.h / 2], lines, size, tag);
        return;
      }
      // A low room (a corridor): the badge beside the name.
      const w = d + 3 + block.w;
      if (boxInRoom(ring, spot.at, w + 4, Math.max(d, block.h) + 3, pl.k)) {
        drawKeyBadge(sheet, [at[0] - w / 2 + KEY_RADIUS, at[1]], n, `key:${room.room.id}`, badgeColor);
        drawLabelBlock(sheet, [at[0] + w / 2 - block.w / 2, at[1]], lines, size, tag);
        return;
      }
    }
  }
  drawKeyBadge(sheet, at, n, `key:${room.room.id}`, badgeColor);
}

/** Places a room's label block centred on its label spot, as much of it as fits. */
function drawRoomLabel(sheet: Sheet, pl: Placement, room: RoomInfo, row: RoomRow | undefined, options: LevelDrawingOptions): void {
  const key = options.keys?.get(room.room.id);
  if (options.labels === 'full' && key !== undefined) return drawKeyedLabel(sheet, pl, room, key);
  const spot = labelSpot(room.room.polygon);
  const at = toPage(pl, spot.at);
  const tag = `label:${room.room.id}`;
  const name: LabelLine = { text: room.room.name };
  const sets: LabelLine[][] =
    options.labels === 'full'
      ? fullLabelSets(roomFigures(room, row))
      : room.room.tornadoShelter
        ? [...shelterLines().map((mark) => [name, ...mark]), [name]]
        : [[name]];
  const fit = fitLabel(room.room.polygon, spot.at, pl.k, sets, options.labels === 'full' ? LABEL_SIZES : [...LABEL_SIZES, 5.5, 5]);
  if (fit) return drawLabelBlock(sheet, at, fit.lines, fit.size, tag);
  // Without a key (a poster, or a diagram drawn without one): the name as small as it must be, else the id.
  const small = fitLabel(room.room.polygon, spot.at, pl.k, [[name], [{ text: room.room.id }]], [4.5, 4, 3.5]);
  if (small) return drawLabelBlock(sheet, at, small.lines, small.size, tag);
  const cut = truncate(room.room.name, Math.max(spot.width * pl.k - 4, 8), 3.5, 'bold');
  sheet.text([at[0], at[1] + 1.2], cut, { size: 3.5, weight: 'bold', anchor: 'middle' }, tag);
}

/** Where each room's fill and label went among a level drawing's primitives (posterLevel.ts reuses the drawing). */
export interface LevelMarks {
  readonly fills: Map<RoomInfo, number>;
  /** [first, past the last) primitive of the room's label. */
  readonly labels: Map<RoomInfo, readonly [number, number]>;
}

/** Draws a level: fills, items, outlines, doors, windows, devices, exits, labels. `marks` is told where each room's fill and label went. */
export function drawLevel(sheet: Sheet, facility: Facility, level: Level, pl: Placement, options: LevelDrawingOptions, marks?: LevelMarks): void {
  const rooms = facility.rooms.filter((r) => r.level === level);
  const doors = facility.doors.filter((d) => d.level === level);
  const ring = (r: Ring) => r.map((p) => toPage(pl, p));

  for (const room of rooms) {
    const at = sheet.primitives.length;
    sheet.polygon([ring(room.room.polygon)], { fill: room === options.highlight ? YELLOW : roomFill(room) }, `fill:${room.room.id}`);
    if (sheet.primitives.length > at) marks?.fills.set(room, at);
  }

  for (const room of rooms) {
    for (const it of room.items) {
      if (isDevice(it.item.type)) continue;
      const fp = it.footprint ?? itemFootprint(it.item);
      if (fp) drawItemSymbol(sheet, it.item.type, ring(fp), `item:${it.item.id}`);
    }
  }

  for (const room of rooms) sheet.polygon([ring(room.room.polygon)], { stroke: stroke(OUTLINE_WIDTH, BLACK) }, `room:${room.room.id}`);

  for (const door of doors) {
    const pass = passageOf(door);
    const [a, b, a2, b2] = [pass.a, pass.b, pass.a2, pass.b2].map((p) => toPage(pl, p)) as [PagePoint, PagePoint, PagePoint, PagePoint];
    // The opening: the outlines cut away between the jambs, the jambs closing the wall ends.
    const erase = stroke(OUTLINE_WIDTH + 0.9, WHITE);
    sheet.line(a, b, erase, `opening:${door.door.id}`);
    if (pass.depth > 0.01) {
      sheet.line(a2, b2, erase);
      sheet.line(a, a2, stroke(0.6, BLACK));
      sheet.line(b, b2, stroke(0.6, BLACK));
    }
    const leaf = doorLeaf(door);
    if (leaf) drawSwing(sheet, toPage(pl, leaf.hinge), toPage(pl, leaf.free), toPage(pl, leaf.open), `door:${door.door.id}`);
    else if (door.door.kind === 'sliding' || door.door.kind === 'folding' || door.door.kind === 'overhead') sheet.line(a, b, stroke(0.5, GRAY, [1.5, 1]), `door:${door.door.id}`);
  }

  for (const win of level.windows) {
    const room = facility.roomsById.get(win.room);
    if (!room) continue;
    drawWindowSymbol(sheet, toPage(pl, win.a), toPage(pl, win.b), outwardNormal(win.a, win.b, room.room.polygon), 4, `window:${win.id}`);
  }

  for (const room of rooms) {
    for (const it of room.items) if (isDevice(it.item.type)) drawDeviceSymbol(sheet, it.item.type, toPage(pl, it.item.at), 3.2, `device:${it.item.id}`);
  }

  for (const door of doors.filter((d) => d.isExit)) drawExitMark(sheet, pl, door);

  for (const room of rooms) {
    if (room === options.highlight) continue;
    const at = sheet.primitives.length;
    drawRoomLabel(sheet, pl, room, options.rooms.get(room.room.id), options);
    marks?.labels.set(room, [at, sheet.primitives.length]);
  }
}

/** EXIT beside an exit's opening, on its outer side, clear of an outward swing. */
function drawExitMark(sheet: Sheet, pl: Placement, door: DoorInfo): void {
  const pass = passageOf(door);
  const out = exitDirection(door);
  const leaf = doorLeaf(door);
  const swingsOut = leaf !== null && leaf.dir[0] * out[0] + leaf.dir[1] * out[1] > 0.5;
  const centreOuter: Point = door.exitFrom === door.from ? [(pass.a2[0] + pass.b2[0]) / 2, (pass.a2[1] + pass.b2[1]) / 2] : [(pass.a[0] + pass.b[0]) / 2, (pass.a[1] + pass.b[1]) / 2];
  const c = toPage(pl, centreOuter);
  const gap = (swingsOut ? door.width * pl.k : 0) + 3;
  const size = 6;
  const p: PagePoint = [c[0] + out[0] * gap, c[1] + out[1] * gap];
  if (Math.abs(out[0]) > Math.abs(out[1])) {
    sheet.text([p[0], p[1] + size * 0.35], 'EXIT', { size, weight: 'bold', anchor: out[0] > 0 ? 'start' : 'end', color: RED }, `exit:${door.door.id}`);
  } else {
    sheet.text([p[0], out[1] > 0 ? p[1] + size * 0.9 : p[1]], 'EXIT', { size, weight: 'bold', anchor: 'middle', color: RED }, `exit:${door.door.id}`);
  }
}

/** Page padding a level drawing needs beyond its extent for the EXIT marks. */
export const EXIT_MARK_ROOM = 12;

