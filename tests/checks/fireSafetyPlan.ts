/**
 * Small valid plans for the fire-safety check tests (egress-*, window-*, levels-*, stairs-*, protect-*, detect-*).
 *
 * Rooms are rectangles `[x, y, w, d]` in FEET (x east, y south); everything else is in INCHES as in the plan file.
 * Rooms touch (a wall of no thickness); `.door(id, a, b)` centres the opening on the wall the two rooms share (or
 * `along` inches from its west/north end); `.door(id, a, 'outside')` uses the given side, else the first wall of `a`
 * (south, north, west, east) with no room of its level against it. Items stand `at` inches from the room's north-west
 * corner (default its centre). Extra fields pass straight into the plan objects, so any contract field can be set.
 * `.build()` runs the product's validatePlan and throws with every error, so no test runs on a refused plan.
 */
import { runChecks } from '../../src/checks/index.ts';
import { FIRE_SAFETY_CHECKS } from '../../src/checks/fireSafety.ts';
import type { Finding } from '../../src/checks/types.ts';
import { analyzeFacility } from '../../src/engine/facility.ts';
import { describeError } from '../../src/model/result.ts';
import type { Door, Enrollment, Item, ItemType, Level, Plan, Room, Window } from '../../src/model/schema.ts';
import { validatePlan } from '../../src/model/validate.ts';

export type Rect = readonly [x: number, y: number, w: number, d: number];
export type Side = 'n' | 's' | 'e' | 'w';
type Pt = [number, number];
const FT = 12;

export interface FacilityOptions {
  readonly kind?: 'group-home' | 'center';
  readonly licensing?: 'new' | 'existing';
  readonly sprinklered?: boolean;
  readonly nighttime?: boolean;
  readonly enrollment?: Enrollment;
}

export type RoomExtra = Partial<Omit<Room, 'id' | 'polygon' | 'stair'>>;
export type DoorExtra = Partial<Omit<Door, 'id' | 'a' | 'b' | 'rooms'>> & { width?: number; side?: Side; along?: number };
export type WindowExtra = Partial<Omit<Window, 'id' | 'a' | 'b' | 'room'>> & { side?: Side; width?: number };
export type ItemExtra = Partial<Omit<Item, 'id' | 'type' | 'at'>> & { at?: readonly [number, number] };
export type StairExtra = Partial<NonNullable<Room['stair']>> & { altered?: boolean; name?: string };

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const boxOf = ([x, y, w, d]: Rect): Box => ({ x0: x * FT, y0: y * FT, x1: (x + w) * FT, y1: (y + d) * FT });
const polygonOf = (b: Box): Pt[] => [[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]];

function shared(a: Box, b: Box, side: Side): { line: number; from: number; to: number } | null {
  const ox = { from: Math.max(a.x0, b.x0), to: Math.min(a.x1, b.x1) };
  const oy = { from: Math.max(a.y0, b.y0), to: Math.min(a.y1, b.y1) };
  switch (side) {
    case 'e': return b.x0 === a.x1 && oy.to > oy.from ? { line: a.x1, ...oy } : null;
    case 'w': return a.x0 === b.x1 && oy.to > oy.from ? { line: a.x0, ...oy } : null;
    case 's': return b.y0 === a.y1 && ox.to > ox.from ? { line: a.y1, ...ox } : null;
    case 'n': return a.y0 === b.y1 && ox.to > ox.from ? { line: a.y0, ...ox } : null;
  }
}

function wholeWall(a: Box, side: Side): { line: number; from: number; to: number } {
  switch (side) {
    case 'e': return { line: a.x1, from: a.y0, to: a.y1 };
    case 'w': return { line: a.x0, from: a.y0, to: a.y1 };
    case 's': return { line: a.y1, from: a.x0, to: a.x1 };
    case 'n': return { line: a.y0, from: a.x0, to: a.x1 };
  }
}

function opening(side: Side, line: number, centre: number, width: number): [Pt, Pt] {
  const [lo, hi] = [centre - width / 2, centre + width / 2];
  return side === 'e' || side === 'w' ? [[line, lo], [line, hi]] : [[lo, line], [hi, line]];
}

export class FirePlan {
  private readonly levels: Level[] = [];
  private readonly boxes = new Map<string, { box: Box; level: Level }>();

  constructor(private readonly options: FacilityOptions = {}) {}

  /** Starts a level; rooms, doors, windows and items that follow go on it. */
  level(id: string, elevation = 0, name = id): this {
    this.levels.push({ id, name, elevation, rooms: [], doors: [], windows: [], items: [] });
    return this;
  }

  room(id: string, rect: Rect, extra: RoomExtra = {}): this {
    const level = this.current();
    const box = boxOf(rect);
    const room: Room = { id, name: extra.name ?? id, use: extra.use ?? 'child-care', polygon: polygonOf(box), ...extra };
    if (room.use === 'child-care' && !room.ages) room.ages = ['preschool'];
    level.rooms.push(room);
    this.boxes.set(id, { box, level });
    return this;
  }

  /** A stair room going to level `to` (defaults: 48" wide, 6.5" risers, 11" treads, 84" headroom, rails both sides at 36", enclosed). */
  stair(id: string, rect: Rect, to: string, extra: StairExtra = {}): this {
    const { altered, name, ...s } = extra;
    const stair: NonNullable<Room['stair']> = { to, width: 48, riser: 6.5, tread: 11, headroom: 84, handrails: 'both', handrailHeight: 36, enclosed: true, outside: false, ...s };
    return this.room(id, rect, { use: 'stair', stair, ...(altered !== undefined ? { altered } : {}), ...(name ? { name } : {}) } as RoomExtra);
  }

  door(id: string, from: string, to: string, extra: DoorExtra = {}): this {
    const { width = 36, side: wanted, along, ...rest } = extra;
    const { box, level } = this.box(from);
    let side: Side;
    let wall: { line: number; from: number; to: number };
    if (to === 'outside') {
      side = wanted ?? this.freeSide(from);
      wall = wholeWall(box, side);
    } else {
      const other = this.box(to).box;
      const found = (wanted ? [wanted] : (['e', 'w', 's', 'n'] as const)).map((s) => ({ s, w: shared(box, other, s) })).find((f) => f.w);
      if (!found) throw new Error(`door ${id}: ${from} and ${to} share no wall`);
      side = found.s;
      wall = found.w!;
    }
    const centre = along !== undefined ? wall.from + along : (wall.from + wall.to) / 2;
    const [a, b] = opening(side, wall.line, centre, width);
    level.doors.push({ id, a, b, rooms: [from, to], swing: to, ...rest });
    return this;
  }

  window(id: string, room: string, extra: WindowExtra = {}): this {
    const { side: wanted, width = 36, ...rest } = extra;
    const { box, level } = this.box(room);
    const side = wanted ?? this.freeSide(room);
    const wall = wholeWall(box, side);
    const [a, b] = opening(side, wall.line, (wall.from + wall.to) / 2, width);
    level.windows.push({ id, a, b, room, sill: 30, clearWidth: 24, clearHeight: 36, operable: true, ...rest });
    return this;
  }

  item(id: string, type: ItemType, room: string, extra: ItemExtra = {}): this {
    const { at, ...rest } = extra;
    const { box, level } = this.box(room);
    const p: Pt = at ? [box.x0 + at[0], box.y0 + at[1]] : [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
    level.items.push({ id, type, at: p, ...rest });
    return this;
  }

  build(): Plan {
    const f = this.options;
    const plan: Plan = {
      format: 'safeplan.plan',
      version: 1,
      facility: { name: 'Fire test', kind: f.kind ?? 'center', licensing: f.licensing ?? 'new', sprinklered: f.sprinklered ?? false, nighttime: f.nighttime ?? false, ...(f.enrollment ? { enrollment: f.enrollment } : {}) },
      levels: this.levels,
    };
    const result = validatePlan(JSON.parse(JSON.stringify(plan)));
    if (!result.ok) throw new Error(`fixture is not a valid plan:\n${result.errors.map(describeError).join('\n')}`);
    return result.value;
  }

  private current(): Level {
    if (this.levels.length === 0) this.level('L1', 0, 'Main floor');
    return this.levels[this.levels.length - 1]!;
  }

  private box(room: string): { box: Box; level: Level } {
    const b = this.boxes.get(room);
    if (!b) throw new Error(`no room ${room}`);
    return b;
  }

  private freeSide(room: string): Side {
    const { box, level } = this.box(room);
    const others = [...this.boxes].filter(([id, o]) => id !== room && o.level === level).map(([, o]) => o.box);
    for (const s of ['s', 'n', 'w', 'e'] as const) if (!others.some((o) => shared(box, o, s))) return s;
    throw new Error(`room ${room} has a neighbour on every side`);
  }
}

export const firePlan = (options: FacilityOptions = {}): FirePlan => new FirePlan(options);

/** Findings of one check, run as the lead will run them: analyzeFacility, then runChecks over FIRE_SAFETY_CHECKS. */
export function findings(plan: Plan, id: string): Finding[] {
  return runChecks(analyzeFacility(plan), FIRE_SAFETY_CHECKS).filter((f) => f.id === id);
}

/** The one finding of `id` about `subject` (or the only one); throws listing what there is otherwise. */
export function findingAbout(plan: Plan, id: string, subject?: string | null): Finding {
  const all = findings(plan, id);
  const hits = subject === undefined ? all : all.filter((f) => f.subject === subject);
  if (hits.length !== 1) throw new Error(`expected one ${id} finding about ${String(subject)}, got ${hits.length}:\n${all.map((f) => `  [${f.status}] ${f.subject}: ${f.message}`).join('\n')}`);
  return hits[0]!;
}

/** Status of the finding about `subject`, for terse assertions. */
export const statusOf = (plan: Plan, id: string, subject?: string | null) => findingAbout(plan, id, subject).status;

/** The everyday fixture: one preschool room "Room A", 30 × 20 ft (600 sq ft), with exit D1 south to outside. */
export function classroom(options: FacilityOptions = {}, door: DoorExtra = {}): FirePlan {
  return firePlan(options)
    .level('L1', 0, 'Main floor')
    .room('R1', [0, 0, 30, 20], { name: 'Room A', ages: ['preschool'] })
    .door('D1', 'R1', 'outside', { side: 's', ...door });
}
