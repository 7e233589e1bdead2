/**
 * Terse, valid plans for the check tests (tests/checks/*.test.ts).
 *
 * Units, chosen so that the rule's arithmetic reads straight off the test:
 * - room and play-area rectangles `rect: [x, y, w, d]` are in FEET (x east, y south, from the plan origin), so a
 *   `[0, 0, 20, 35]` room is 700 sq ft wall to wall: 20 preschoolers at 35 sq ft;
 * - everything else is in INCHES, as in the plan file: door and window widths, sills, ceiling heights, item sizes,
 *   heights, and item positions `at`, which are measured from the room's north-west corner (default: the room's
 *   centre) so an item moves with its room.
 *
 * Rooms are drawn touching (a wall of no thickness) or with a gap of at most 24" between them; `.door(id, a, b)` finds
 * the wall the two rooms share and puts the opening in the middle of it (or `along` inches from the start of the
 * shared stretch). `.door(id, a, 'outside')` uses the first wall of `a` (south, north, west, east) that has no room
 * within 24" across it, unless `side` is given.
 *
 * `.build()` runs the product's own validatePlan and throws with every error when the fixture is broken, so a test
 * never passes on a plan the product would refuse.
 */
import { CHECKS, runChecks } from '../../src/checks/index.ts';
import type { Finding } from '../../src/checks/types.ts';
import { analyzeFacility } from '../../src/engine/facility.ts';
import { describeError } from '../../src/model/result.ts';
import type { AgeBand, Door, Enrollment, Item, ItemType, Plan, PlayArea, Room, RoomUse, Window } from '../../src/model/schema.ts';
import { validatePlan } from '../../src/model/validate.ts';
import { buildReport } from '../../src/report/build.ts';
import type { Report } from '../../src/report/types.ts';

export type Rect = readonly [x: number, y: number, w: number, d: number];
export type Side = 'n' | 's' | 'e' | 'w';
type Pt = [number, number];

const FT = 12;
/** Greatest gap between two rooms' faces a door may span (plan-format.md: "within 24" across the wall"). */
const MAX_WALL = 24;

export interface FacilityOptions {
  readonly name?: string;
  readonly kind?: 'group-home' | 'center';
  readonly licensing?: 'new' | 'existing';
  readonly sprinklered?: boolean;
  readonly nighttime?: boolean;
  readonly enrollment?: Enrollment;
}

export interface RoomOptions {
  readonly use?: RoomUse;
  readonly ages?: readonly AgeBand[];
  /** Feet. Either rect or polygon. */
  readonly rect?: Rect;
  /** Inches, for shapes that are not rectangles (doors to such rooms need explicit jambs). */
  readonly polygon?: readonly Pt[];
  readonly name?: string;
  readonly floor?: Room['floor'];
  readonly ceilingHeight?: number;
  readonly altered?: boolean;
  readonly sleeping?: boolean;
  readonly restroomFor?: Room['restroomFor'];
}

export interface DoorOptions {
  /** Clear width, inches (default 36). */
  readonly width?: number;
  /** Which wall of the first room, for a door to outside. */
  readonly side?: Side;
  /** Centre of the opening, inches from the start (west or north end) of the shared stretch of wall. */
  readonly along?: number;
  /** Explicit jambs, inches. */
  readonly a?: Pt;
  readonly b?: Pt;
  readonly swing?: string;
  readonly levelDischarge?: boolean;
}

export interface ItemOptions {
  /** Centre, inches from the room's north-west corner; default the room's centre. */
  readonly at?: readonly [number, number];
  readonly size?: readonly [number, number];
  readonly rotation?: number;
  readonly usedByChildren?: boolean;
  readonly permanent?: boolean;
  readonly height?: number;
  readonly mat?: boolean;
  readonly stacked?: boolean;
  readonly fuel?: boolean;
}

export interface WindowOptions {
  readonly side?: Side;
  /** Length of the window along the wall, inches (default 36). */
  readonly width?: number;
  readonly sill?: number;
  readonly clearWidth?: number;
  readonly clearHeight?: number;
  readonly operable?: boolean;
  readonly outside?: boolean;
  readonly safetyGlass?: boolean;
  readonly bars?: boolean;
  readonly barrier?: boolean;
}

export interface PlayAreaOptions {
  /** Feet. */
  readonly rect?: Rect;
  /** Inches. */
  readonly polygon?: readonly Pt[];
  readonly name?: string;
  /** Inches; default 48. */
  readonly fenceHeight?: number;
  readonly schoolAgeOnly?: boolean;
  readonly infantToddler?: boolean;
}

export interface BathroomOptions {
  readonly toilets?: number;
  /** Default: as many as toilets + urinals. */
  readonly sinks?: number;
  readonly urinals?: number;
  readonly name?: string;
  readonly restroomFor?: Room['restroomFor'];
  /** Rooms to put a door to (each must share a wall with the bathroom). */
  readonly doorTo?: string | readonly string[];
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const boxOf = (polygon: readonly Pt[]): Box => ({
  x0: Math.min(...polygon.map((p) => p[0])),
  y0: Math.min(...polygon.map((p) => p[1])),
  x1: Math.max(...polygon.map((p) => p[0])),
  y1: Math.max(...polygon.map((p) => p[1])),
});

const rectPolygon = ([x, y, w, d]: Rect): Pt[] => [
  [x * FT, y * FT],
  [(x + w) * FT, y * FT],
  [(x + w) * FT, (y + d) * FT],
  [x * FT, (y + d) * FT],
];

/** Stretch of wall of box `a` facing box `b` on `side`, if they face each other within MAX_WALL. */
function facing(a: Box, b: Box, side: Side): { line: number; from: number; to: number } | null {
  const overlapX = { from: Math.max(a.x0, b.x0), to: Math.min(a.x1, b.x1) };
  const overlapY = { from: Math.max(a.y0, b.y0), to: Math.min(a.y1, b.y1) };
  const near = (gap: number) => gap >= -1e-9 && gap <= MAX_WALL;
  switch (side) {
    case 'e': return near(b.x0 - a.x1) && overlapY.to > overlapY.from ? { line: a.x1, ...overlapY } : null;
    case 'w': return near(a.x0 - b.x1) && overlapY.to > overlapY.from ? { line: a.x0, ...overlapY } : null;
    case 's': return near(b.y0 - a.y1) && overlapX.to > overlapX.from ? { line: a.y1, ...overlapX } : null;
    case 'n': return near(a.y0 - b.y1) && overlapX.to > overlapX.from ? { line: a.y0, ...overlapX } : null;
  }
}

function wallFull(a: Box, side: Side): { line: number; from: number; to: number } {
  switch (side) {
    case 'e': return { line: a.x1, from: a.y0, to: a.y1 };
    case 'w': return { line: a.x0, from: a.y0, to: a.y1 };
    case 's': return { line: a.y1, from: a.x0, to: a.x1 };
    case 'n': return { line: a.y0, from: a.x0, to: a.x1 };
  }
}

function jambs(side: Side, line: number, centre: number, width: number): [Pt, Pt] {
  const lo = centre - width / 2;
  const hi = centre + width / 2;
  return side === 'e' || side === 'w' ? [[line, lo], [line, hi]] : [[lo, line], [hi, line]];
}

export class PlanBuilder {
  private readonly rooms: Room[] = [];
  private readonly doors: Door[] = [];
  private readonly windows: Window[] = [];
  private readonly items: Item[] = [];
  private readonly playAreas: PlayArea[] = [];
  private readonly boxes = new Map<string, Box>();

  constructor(private readonly options: FacilityOptions = {}) {}

  room(id: string, o: RoomOptions): this {
    const polygon = o.polygon ? o.polygon.map((p): Pt => [p[0], p[1]]) : o.rect ? rectPolygon(o.rect) : null;
    if (!polygon) throw new Error(`room ${id}: give rect (feet) or polygon (inches)`);
    const use = o.use ?? 'child-care';
    const room: Room = { id, name: o.name ?? id, use, polygon };
    if (o.ages) room.ages = [...o.ages];
    if (o.floor !== undefined) room.floor = o.floor;
    if (o.ceilingHeight !== undefined) room.ceilingHeight = o.ceilingHeight;
    if (o.altered !== undefined) room.altered = o.altered;
    if (o.sleeping !== undefined) room.sleeping = o.sleeping;
    if (o.restroomFor !== undefined) room.restroomFor = o.restroomFor;
    this.rooms.push(room);
    this.boxes.set(id, boxOf(polygon));
    return this;
  }

  door(id: string, from: string, to: string, o: DoorOptions = {}): this {
    const width = o.width ?? 36;
    let a: Pt;
    let b: Pt;
    if (o.a && o.b) {
      [a, b] = [o.a, o.b];
    } else {
      const box = this.box(from);
      let side: Side;
      let wall: { line: number; from: number; to: number };
      if (to === 'outside') {
        side = o.side ?? this.freeSide(from);
        wall = wallFull(box, side);
      } else {
        const other = this.box(to);
        const sides: Side[] = o.side ? [o.side] : ['e', 'w', 's', 'n'];
        const found = sides.map((s) => ({ s, w: facing(box, other, s) })).find((f) => f.w !== null);
        if (!found) throw new Error(`door ${id}: rooms ${from} and ${to} share no wall (draw them touching or at most 24" apart)`);
        side = found.s;
        wall = found.w!;
      }
      const centre = o.along !== undefined ? wall.from + o.along : (wall.from + wall.to) / 2;
      [a, b] = jambs(side, wall.line, centre, width);
    }
    const door: Door = { id, a, b, rooms: [from, to], swing: o.swing ?? to };
    if (o.levelDischarge !== undefined) door.levelDischarge = o.levelDischarge;
    this.doors.push(door);
    return this;
  }

  /** A door to outside from `room`. */
  exit(id: string, room: string, o: DoorOptions = {}): this {
    return this.door(id, room, 'outside', o);
  }

  item(id: string, type: ItemType, room: string, o: ItemOptions = {}): this {
    const box = this.box(room);
    const at: Pt = o.at ? [box.x0 + o.at[0], box.y0 + o.at[1]] : [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
    const item: Item = { id, type, at };
    if (o.size) item.size = [o.size[0], o.size[1]];
    if (o.rotation !== undefined) item.rotation = o.rotation;
    if (o.usedByChildren !== undefined) item.usedByChildren = o.usedByChildren;
    if (o.permanent !== undefined) item.permanent = o.permanent;
    if (o.height !== undefined) item.height = o.height;
    if (o.mat !== undefined) item.mat = o.mat;
    if (o.stacked !== undefined) item.stacked = o.stacked;
    if (o.fuel !== undefined) item.fuel = o.fuel;
    this.items.push(item);
    return this;
  }

  /** `count` items of one type in a row along the room's north wall (ids `${prefix}1`, `${prefix}2` ...). */
  row(prefix: string, type: ItemType, room: string, count: number, o: ItemOptions = {}): this {
    const box = this.box(room);
    const step = Math.min(24, (box.x1 - box.x0) / (count + 1));
    for (let i = 0; i < count; i++) this.item(`${prefix}${i + 1}`, type, room, { ...o, at: o.at ?? [step * (i + 1), Math.min(12, (box.y1 - box.y0) / 2)] });
    return this;
  }

  /** A bathroom with its fixtures (no usable space, so where they stand does not matter) and doors. */
  bathroom(id: string, rect: Rect, o: BathroomOptions = {}): this {
    const toilets = o.toilets ?? 1;
    const urinals = o.urinals ?? 0;
    const sinks = o.sinks ?? toilets + urinals;
    this.room(id, { use: 'bathroom', rect, ...(o.name ? { name: o.name } : {}), ...(o.restroomFor ? { restroomFor: o.restroomFor } : {}) });
    this.row(`${id}-toilet`, 'toilet', id, toilets, { at: [12, 12] });
    this.row(`${id}-urinal`, 'urinal', id, urinals, { at: [12, 12] });
    this.row(`${id}-sink`, 'sink', id, sinks, { at: [12, 12] });
    const to = o.doorTo === undefined ? [] : typeof o.doorTo === 'string' ? [o.doorTo] : o.doorTo;
    for (const r of to) this.door(`${id}-to-${r}`, id, r, { width: 32 });
    return this;
  }

  window(id: string, room: string, o: WindowOptions = {}): this {
    const box = this.box(room);
    const side = o.side ?? this.freeSide(room);
    const wall = wallFull(box, side);
    const [a, b] = jambs(side, wall.line, (wall.from + wall.to) / 2, o.width ?? 36);
    const win: Window = { id, a, b, room, sill: o.sill ?? 30, clearWidth: o.clearWidth ?? 24, clearHeight: o.clearHeight ?? 36, operable: o.operable ?? true };
    if (o.outside !== undefined) win.outside = o.outside;
    if (o.safetyGlass !== undefined) win.safetyGlass = o.safetyGlass;
    if (o.bars !== undefined) win.bars = o.bars;
    if (o.barrier !== undefined) win.barrier = o.barrier;
    this.windows.push(win);
    return this;
  }

  playArea(id: string, o: PlayAreaOptions): this {
    const polygon = o.polygon ? o.polygon.map((p): Pt => [p[0], p[1]]) : o.rect ? rectPolygon(o.rect) : null;
    if (!polygon) throw new Error(`play area ${id}: give rect (feet) or polygon (inches)`);
    const area: PlayArea = { id, name: o.name ?? id, polygon, fenceHeight: o.fenceHeight ?? 48 };
    if (o.schoolAgeOnly !== undefined) area.schoolAgeOnly = o.schoolAgeOnly;
    if (o.infantToddler !== undefined) area.infantToddler = o.infantToddler;
    this.playAreas.push(area);
    return this;
  }

  /** The plan, refused loudly (with every error) if the product's validator refuses it. */
  build(): Plan {
    const f = this.options;
    const facility: Plan['facility'] = {
      name: f.name ?? 'Test facility',
      kind: f.kind ?? 'center',
      licensing: f.licensing ?? 'new',
      sprinklered: f.sprinklered ?? false,
      nighttime: f.nighttime ?? false,
    };
    if (f.enrollment) facility.enrollment = { ...f.enrollment };
    const plan: Plan = {
      format: 'safeplan.plan',
      version: 1,
      facility,
      levels: [{ id: 'L1', name: 'Main floor', elevation: 0, rooms: this.rooms, doors: this.doors, windows: this.windows, items: this.items }],
    };
    if (this.playAreas.length) plan.site = { playAreas: this.playAreas };
    const result = validatePlan(JSON.parse(JSON.stringify(plan)));
    if (!result.ok) throw new Error(`the test fixture is not a valid plan:\n${result.errors.map(describeError).join('\n')}`);
    return result.value;
  }

  private box(room: string): Box {
    const box = this.boxes.get(room);
    if (!box) throw new Error(`no room "${room}" drawn yet`);
    return box;
  }

  /** First wall of the room with no other room within 24" across it. */
  private freeSide(room: string): Side {
    const box = this.box(room);
    for (const side of ['s', 'n', 'w', 'e'] as const) {
      if (![...this.boxes].some(([id, other]) => id !== room && facing(box, other, side))) return side;
    }
    throw new Error(`room ${room} has a neighbour on every side; give the side`);
  }
}

export const plan = (options: FacilityOptions = {}): PlanBuilder => new PlanBuilder(options);

// ---------------------------------------------------------------------------------------------------------------
// Reading the report

export const reportOf = (p: Plan): Report => buildReport(p);

/**
 * The findings of one check, as the report gives them: the same `runChecks(analyzeFacility(plan), ...)` that
 * buildReport's reportFor runs, limited to this check so a test does not pay for the travel-distance geodesics of every
 * other check (checkCases asserts, once per check, that the result equals buildReport's own findings of that id).
 */
export function findingsOf(p: Plan, id: string): Finding[] {
  const checks = CHECKS.filter((c) => c.id === id);
  if (checks.length !== 1) throw new Error(`no check "${id}" in CHECKS`);
  return runChecks(analyzeFacility(p), checks);
}

/** The findings of one check filtered out of a full buildReport (slower; for the equivalence test). */
export const reportFindingsOf = (p: Plan, id: string): Finding[] => buildReport(p).findings.filter((f) => f.id === id);

/** The one finding of a check (about `subject` when given); throws, listing what there is, when not exactly one. */
export function findingOf(p: Plan, id: string, subject?: string | null): Finding {
  const all = findingsOf(p, id);
  const matching = subject === undefined ? all : all.filter((f) => f.subject === subject);
  if (matching.length !== 1) {
    throw new Error(`expected one ${id} finding${subject === undefined ? '' : ` about ${String(subject)}`}, got ${matching.length}:\n${all.map((f) => `  [${f.status}] ${f.subject}: ${f.message}`).join('\n')}`);
  }
  return matching[0]!;
}
