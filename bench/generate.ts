/**
 * A deterministic, realistic child care center of N rooms on one level, for benchmarks and fuzzing.
 *
 * Layout (inches, x east, y south): a north-south spine corridor with pairs of double-loaded wings hung off it,
 * one wing to the east and one to the west. Each pair of wings shares one cross-shaped corridor room (the spine
 * segment plus both wing corridors, 12 vertices); consecutive spine segments touch and are joined by a wide
 * opening. Rooms are drawn by their inside faces: 5" walls between most neighbours, some bathrooms share a wall of
 * no thickness with the room next door, 5" between every room and its corridor. Wings are separated by 40 ft
 * courtyards, so every room has an outside wall (windows; exits from infant, toddler and some preschool rooms).
 * Exits: both far ends of every wing corridor and both ends of the spine. Some classrooms are L-shaped, chamfered,
 * or have a polygonal bay (8-20 vertices) so geometry costs what real plans cost.
 *
 * The plan has exactly `rooms` rooms (corridors included) and passes `validatePlan`.
 */
import type { AgeBand, Door, Enrollment, Item, Plan, Room, RoomUse, Site, Window } from '../src/model/schema.ts';

type Pt = [number, number];

const WALL = 5;
const CORRIDOR = 96;
const SPINE = 120;
const COURTYARD = 480;
const CLASS_DEPTH = 360;
const DOOR_WIDTH = 36;
const ROOMS_PER_ROW = 8;
const ROOMS_PER_PAIR = ROOMS_PER_ROW * 4; // two wings, each with two rows
const WING_HEIGHT = 2 * CLASS_DEPTH + 2 * WALL + CORRIDOR;
const SQ_IN_PER_SQ_FT = 144;

type Kind =
  | 'infant' | 'toddler' | 'two' | 'preschool' | 'schoolAge'
  | 'bathroom' | 'kitchen' | 'office' | 'staff' | 'storage' | 'mechanical';

/** The order rooms are handed out along a pair of wings; the first nine make a complete small center. */
const TEMPLATE: readonly Kind[] = [
  'infant', 'bathroom', 'preschool', 'kitchen', 'toddler', 'office', 'two', 'mechanical', 'schoolAge', 'storage',
  'preschool', 'bathroom', 'infant', 'preschool', 'schoolAge', 'storage',
];

const CLASS_KINDS: ReadonlySet<Kind> = new Set(['infant', 'toddler', 'two', 'preschool', 'schoolAge']);

/** mulberry32: small, fast, deterministic (also the seeded draws of the travel tests and the accuracy bench). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Spec {
  readonly kind: Kind;
  readonly width: number;
  readonly depth: number;
}

/** A room's own frame: u along the corridor from the room's first side wall, v from the corridor face outwards. */
interface Frame {
  readonly x0: number;
  readonly xDir: 1 | -1;
  readonly faceY: number;
  readonly yDir: 1 | -1;
}

const toPlan = (f: Frame, u: number, v: number): Pt => [round2(f.x0 + f.xDir * u), round2(f.faceY + f.yDir * v)];

class Builder {
  readonly rooms: Room[] = [];
  readonly doors: Door[] = [];
  readonly windows: Window[] = [];
  readonly items: Item[] = [];
  readonly enrollment: Required<Enrollment> = { infant: 0, toddler: 0, two: 0, preschool: 0, schoolAge: 0 };
  private next = { R: 0, D: 0, W: 0, I: 0 };
  private names = new Map<string, number>();

  constructor(readonly rand: () => number) {}

  id(kind: 'R' | 'D' | 'W' | 'I'): string {
    return `${kind}${++this.next[kind]}`;
  }

  name(base: string): string {
    const n = (this.names.get(base) ?? 0) + 1;
    this.names.set(base, n);
    return `${base} ${n}`;
  }

  item(type: Item['type'], at: Pt, extra: Partial<Omit<Item, 'id' | 'type' | 'at'>> = {}): void {
    this.items.push({ id: this.id('I'), type, at, ...extra });
  }

  pick<T>(options: readonly T[]): T {
    return options[Math.floor(this.rand() * options.length)]!;
  }

  jitter(base: number, steps: number, step = 12): number {
    return base + step * Math.floor(this.rand() * (steps + 1));
  }
}

function specFor(b: Builder, kind: Kind): Spec {
  switch (kind) {
    case 'infant': return { kind, width: b.jitter(360, 2), depth: CLASS_DEPTH };
    case 'toddler':
    case 'two': return { kind, width: b.jitter(348, 2), depth: CLASS_DEPTH };
    case 'preschool':
    case 'schoolAge': return { kind, width: b.jitter(372, 6), depth: CLASS_DEPTH };
    case 'bathroom': return { kind, width: b.jitter(132, 2), depth: 240 };
    case 'kitchen': return { kind, width: 288, depth: 300 };
    case 'office': return { kind, width: b.jitter(120, 2), depth: 180 };
    case 'staff': return { kind, width: 156, depth: 180 };
    case 'storage': return { kind, width: b.jitter(96, 2), depth: 144 };
    case 'mechanical': return { kind, width: 120, depth: 168 };
  }
}

type Shape = 'rect' | 'L' | 'chamfer' | 'bay';

/** Outline in the room frame and the rectangle inside it where furniture may stand. */
function outline(shape: Shape, w: number, d: number, b: Builder): { pts: [number, number][]; safe: { u1: number; v1: number } } {
  switch (shape) {
    case 'rect':
      return { pts: [[0, 0], [w, 0], [w, d], [0, d]], safe: { u1: w, v1: d } };
    case 'L': {
      const nw = Math.round(w / 3);
      const nd = Math.round(d / 3);
      return { pts: [[0, 0], [w, 0], [w, d - nd], [w - nw, d - nd], [w - nw, d], [0, d]], safe: { u1: w - nw, v1: d } };
    }
    case 'chamfer': {
      const c = 36;
      return { pts: [[0, 0], [w, 0], [w, d - c], [w - c, d], [c, d], [0, d - c]], safe: { u1: w, v1: d - c } };
    }
    case 'bay': {
      // A polygonal bay bulging out of the outside wall: 8-20 vertices in all.
      const k = 3 + Math.floor(b.rand() * 13);
      const u0 = Math.round(w * 0.4);
      const u1 = Math.round(w * 0.8);
      const mid = (u0 + u1) / 2;
      const half = (u1 - u0) / 2;
      const arc: [number, number][] = [];
      for (let i = k - 1; i >= 1; i--) {
        const t = (Math.PI * i) / k;
        arc.push([round2(mid - half * Math.cos(t)), round2(d + 48 * Math.sin(t))]);
      }
      return { pts: [[0, 0], [w, 0], [w, d], [u1, d], ...arc, [u0, d], [0, d]], safe: { u1: w, v1: d } };
    }
  }
}

const USE: Record<Kind, RoomUse> = {
  infant: 'child-care', toddler: 'child-care', two: 'child-care', preschool: 'child-care', schoolAge: 'child-care',
  bathroom: 'bathroom', kitchen: 'kitchen', office: 'office', staff: 'staff', storage: 'storage', mechanical: 'mechanical',
};

const TITLE: Record<Kind, string> = {
  infant: 'Infant Room', toddler: 'Toddler Room', two: 'Twos Room', preschool: 'Preschool Room', schoolAge: 'School-Age Room',
  bathroom: 'Bathroom', kitchen: 'Kitchen', office: 'Office', staff: 'Staff Lounge', storage: 'Storage', mechanical: 'Mechanical',
};

/** One room off a corridor, with its door, windows, outside exit and furniture. */
function addRoom(b: Builder, spec: Spec, f: Frame, corridorId: string): void {
  const { kind, width: w, depth: d } = spec;
  const id = b.id('R');
  const shapable = kind === 'two' || kind === 'preschool' || kind === 'schoolAge';
  const r = b.rand();
  const shape: Shape = !shapable ? 'rect' : r < 0.45 ? 'rect' : r < 0.6 ? 'L' : r < 0.72 ? 'chamfer' : 'bay';
  const { pts, safe } = outline(shape, w, d, b);
  const P = (u: number, v: number) => toPlan(f, u, v);
  const isClass = CLASS_KINDS.has(kind);
  const ages: AgeBand[] | undefined = isClass ? [kind as AgeBand] : undefined;
  const room: Room = {
    id,
    name: b.name(TITLE[kind]),
    use: USE[kind],
    ...(ages ? { ages } : {}),
    ...(kind === 'infant' || kind === 'toddler' || kind === 'two' ? { sleeping: true } : {}),
    polygon: pts.map(([u, v]) => P(u, v)),
    ceilingHeight: isClass ? 108 : 96,
    floor: kind === 'preschool' || kind === 'schoolAge' || kind === 'office' ? 'carpet' : kind === 'mechanical' ? 'concrete' : isClass ? 'linoleum' : 'tile',
    ...(kind === 'storage' || kind === 'mechanical' ? { fireRating: 60 } : {}),
    ...(kind === 'bathroom' ? { restroomFor: 'children' as const } : {}),
  };
  b.rooms.push(room);

  // The door to the corridor, near the room's first side wall.
  const hazard = kind === 'storage' || kind === 'mechanical';
  b.doors.push({
    id: b.id('D'),
    a: P(18, 0),
    b: P(18 + DOOR_WIDTH, 0),
    rooms: [id, corridorId],
    swing: isClass ? corridorId : id,
    hinge: 'a',
    latchHeight: 38,
    lock: kind === 'bathroom' ? 'privacy' : hazard ? 'locked-closed' : 'passage',
    ...(hazard ? { selfClosing: true, fireRating: 60 } : {}),
  });

  // A door straight outside from infant and toddler rooms (087(6)) and from some preschool rooms.
  if (kind === 'infant' || kind === 'toddler' || (kind === 'preschool' && b.rand() < 0.33)) {
    b.doors.push({
      id: b.id('D'),
      a: P(40, d),
      b: P(40 + DOOR_WIDTH, d),
      rooms: [id, 'outside'],
      swing: 'outside',
      hinge: 'b',
      exitSign: true,
      latchHeight: 40,
      lock: 'passage',
    });
  }

  // Rescue windows on the outside wall.
  if (isClass || kind === 'office' || kind === 'staff' || kind === 'kitchen') {
    const starts = shape === 'rect' && isClass ? [w * 0.2 + 16, w * 0.6] : [w * 0.2 + 16];
    for (const s of starts) {
      const u = Math.round(s);
      b.windows.push({
        id: b.id('W'),
        a: P(u, d),
        b: P(u + 32, d),
        room: id,
        outside: true,
        sill: 26,
        clearWidth: 28,
        clearHeight: 30,
        operable: true,
        safetyGlass: true,
      });
    }
  }

  const at = (u: number, v: number) => P(u, v);
  const smoke = () => b.item('smoke-detector', at(safe.u1 / 2, safe.v1 / 2));
  switch (kind) {
    case 'infant':
    case 'toddler': {
      // 8 cribs against the outside wall, 30" aisles between them, rows 42" apart.
      let placed = 0;
      for (let row = 0; placed < 8 && row < 3; row++) {
        const v = d - 6 - 27.5 - row * (55 + 42);
        for (let u = 84 + 15; placed < 8 && u + 15 <= w - 30; u += 60, placed++) b.item('crib', at(u, v), { size: [30, 55] });
      }
      b.item('diaper-table', at(w - 40, 30), { size: [36, 24] });
      b.item('sink', at(w - 90, 10), { size: [18, 16] });
      b.item('shelving', at(130, 10), { size: [48, 15] });
      b.item('table', at(w / 2, 120), { size: [48, 30], usedByChildren: true });
      smoke();
      b.enrollment[kind] += placed;
      break;
    }
    case 'two': {
      let placed = 0;
      for (let row = 0; placed < 12 && row < 3; row++) {
        const v = safe.v1 - 6 - 26 - row * (52 + 36);
        for (let u = 84 + 11.5; placed < 12 && u + 11.5 <= safe.u1 - 30; u += 53, placed++) b.item('cot', at(u, v), { size: [23, 52], permanent: false });
      }
      b.item('table', at(safe.u1 / 2, 70), { size: [60, 30] });
      b.item('shelving', at(10, 150), { size: [48, 15], rotation: 90 });
      smoke();
      b.enrollment.two += 12;
      break;
    }
    case 'preschool':
    case 'schoolAge': {
      const tables = kind === 'preschool' ? 3 : 4;
      for (let i = 0; i < tables; i++) {
        const u = ((i + 1) * safe.u1) / (tables + 1);
        b.item('table', at(u, safe.v1 / 2 + (i % 2 ? 50 : -20)), { size: [60, 30], rotation: i % 2 ? 0 : 90 });
      }
      b.item('shelving', at(10, 150), { size: [48, 15], rotation: 90 });
      b.item('shelving', at(safe.u1 / 2, safe.v1 - 10), { size: [48, 15] });
      if (kind === 'preschool') b.item('indoor-climber', at(safe.u1 - 60, safe.v1 - 70), { size: [48, 48], height: 30, mat: true });
      else b.item('furniture', at(safe.u1 - 50, 40), { size: [72, 30], usedByChildren: true });
      smoke();
      const area = w * d * 0.85 / SQ_IN_PER_SQ_FT;
      b.enrollment[kind] += Math.min(kind === 'preschool' ? 20 : 24, Math.floor(area / 35));
      break;
    }
    case 'bathroom': {
      for (let u = 24; u + 9 <= w - 12; u += 36) b.item('toilet', at(u, d - 16), { size: [18, 28] });
      b.item('sink', at(80, 10), { size: [18, 16] });
      b.item('sink', at(110, 10), { size: [18, 16] });
      b.item('smoke-detector', at(w / 2, d / 2));
      break;
    }
    case 'kitchen':
      b.item('range', at(60, d - 15), { size: [30, 26], fuel: true });
      b.item('sink', at(120, d - 10), { size: [18, 16] });
      b.item('furniture', at(220, d - 14), { size: [96, 24] });
      b.item('table', at(w / 2, d / 2), { size: [72, 30], usedByChildren: false });
      b.item('heat-detector', at(w / 2, d / 3));
      b.item('co-detector', at(w - 20, 60));
      b.item('extinguisher', at(70, 6));
      break;
    case 'office':
    case 'staff':
      b.item('furniture', at(w / 2, d / 2), { size: [60, 30] });
      b.item('shelving', at(w / 2, d - 10), { size: [48, 15] });
      b.item('smoke-detector', at(w / 2, 40));
      break;
    case 'storage':
      for (let u = 30; u + 24 <= w - 6; u += 54) b.item('shelving', at(u, d - 10), { size: [48, 15] });
      b.item('smoke-detector', at(w / 2, d / 2));
      break;
    case 'mechanical':
      b.item('furnace', at(30, d - 25), { size: [30, 30], fuel: true });
      b.item('water-heater', at(80, d - 22), { size: [24, 24], fuel: true });
      b.item('co-detector', at(w / 2, 60));
      b.item('heat-detector', at(w / 2, d / 2));
      break;
  }
}

/** Split `specs` into two rows along a corridor, each room going to the shorter row. */
function splitRows(specs: readonly Spec[]): [Spec[], Spec[]] {
  const rows: [Spec[], Spec[]] = [[], []];
  const length = [0, 0];
  for (const s of specs) {
    const r = length[0]! <= length[1]! ? 0 : 1;
    rows[r].push(s);
    length[r]! += s.width + WALL;
  }
  return rows;
}

/**
 * One wing: two rows of rooms either side of the wing corridor, laid out from the spine outwards.
 * Returns how far the wing corridor runs from the spine's centre line.
 */
function addWing(b: Builder, specs: readonly Spec[], dir: 1 | -1, yTop: number, corridorId: string): number {
  const corridorTop = yTop + CLASS_DEPTH + WALL;
  const faces = [corridorTop - WALL, corridorTop + CORRIDOR + WALL]; // north row's corridor face, south row's
  let far = SPINE / 2;
  splitRows(specs).forEach((row, side) => {
    let u = SPINE / 2 + WALL;
    row.forEach((spec, i) => {
      // Bathrooms often share a wall of no thickness with the room before them (as imported plans do).
      if (i > 0 && spec.kind === 'bathroom' && b.rand() < 0.4) u -= WALL;
      addRoom(b, spec, { x0: dir * u, xDir: dir, faceY: faces[side]!, yDir: side === 0 ? -1 : 1 }, corridorId);
      u += spec.width;
      far = Math.max(far, u);
      u += WALL;
    });
  });
  return far;
}

/** Corridor devices: smoke detectors every 30 ft, a horn/strobe and an extinguisher per arm, emergency lights. */
function corridorDevices(b: Builder, dir: 1 | -1, far: number, yMid: number): void {
  for (let u = SPINE / 2 + 180; u < far - 30; u += 360) b.item('smoke-detector', [dir * u, yMid]);
  b.item('horn-strobe', [dir * (SPINE / 2 + 120), yMid - CORRIDOR / 2 + 4]);
  b.item('extinguisher', [dir * (SPINE / 2 + 240), yMid + CORRIDOR / 2 - 4]);
  b.item('emergency-light', [dir * ((SPINE / 2 + far) / 2), yMid]);
  b.item('pull-station', [dir * (far - 12), yMid - 30]);
}

export function generateFacility(rooms: number, seed = 1): Plan {
  if (!Number.isInteger(rooms) || rooms < 3) throw new RangeError(`generateFacility needs at least 3 rooms, not ${rooms}`);
  const b = new Builder(prng(seed));
  const pairs = Math.ceil(rooms / (ROOMS_PER_PAIR + 1));
  const others = rooms - pairs;
  const h = SPINE / 2;
  let previousCorridor: string | undefined;

  for (let p = 0; p < pairs; p++) {
    const count = Math.floor(others / pairs) + (p < others % pairs ? 1 : 0);
    const specs: Spec[] = [];
    for (let i = 0; i < count; i++) {
      let kind = TEMPLATE[i % TEMPLATE.length]!;
      if (kind === 'kitchen') {
        // One kitchen in the first pair of wings and a satellite kitchen every tenth pair.
        kind = i === 3 && p % 10 === 0 ? 'kitchen' : p % 3 === 1 ? 'staff' : b.pick(['preschool', 'two'] as const);
      }
      specs.push(specFor(b, kind));
    }
    // Alternate rooms between the east wing and the west wing, keeping each wing's mix.
    const east = specs.filter((_, i) => i % 4 < 2);
    const west = specs.filter((_, i) => i % 4 >= 2);

    const y0 = p * (WING_HEIGHT + COURTYARD);
    const last = p === pairs - 1;
    const y1 = y0 + WING_HEIGHT + (last ? 0 : COURTYARD);
    const corridorId = b.id('R');
    const corridorIndex = b.rooms.length;
    b.rooms.push({ id: corridorId, name: b.name('Corridor'), use: 'corridor', polygon: [], ceilingHeight: 96, floor: 'tile' });
    const eastFar = east.length ? addWing(b, east, 1, y0, corridorId) : h;
    const westFar = west.length ? addWing(b, west, -1, y0, corridorId) : h;
    const ct = y0 + CLASS_DEPTH + WALL; // wing corridor, north face
    const cb = ct + CORRIDOR;
    const yMid = (ct + cb) / 2;

    const polygon: Pt[] = [[-h, y0], [h, y0]];
    if (east.length) polygon.push([h, ct], [eastFar, ct], [eastFar, cb], [h, cb]);
    polygon.push([h, y1], [-h, y1]);
    if (west.length) polygon.push([-h, cb], [-westFar, cb], [-westFar, ct], [-h, ct]);
    b.rooms[corridorIndex] = { ...b.rooms[corridorIndex]!, polygon };

    const exit = (a: Pt, bb: Pt) =>
      b.doors.push({ id: b.id('D'), a, b: bb, rooms: [corridorId, 'outside'], swing: 'outside', exitSign: true, panicHardware: true, selfClosing: true, latchHeight: 40 });
    if (east.length) exit([eastFar, yMid - 18], [eastFar, yMid + 18]);
    if (west.length) exit([-westFar, yMid + 18], [-westFar, yMid - 18]);
    if (p === 0) exit([-18, y0], [18, y0]);
    if (last) exit([18, y1], [-18, y1]);
    if (previousCorridor) {
      // The spine segment before this one: a wide opening across the whole corridor.
      b.doors.push({ id: b.id('D'), a: [-h + 12, y0], b: [h - 12, y0], rooms: [corridorId, previousCorridor], swing: 'none', kind: 'opening' });
    }
    previousCorridor = corridorId;
    if (east.length) corridorDevices(b, 1, eastFar, yMid);
    if (west.length) corridorDevices(b, -1, westFar, yMid);
    b.item('smoke-detector', [0, yMid]);
    b.item('smoke-detector', [0, (y0 + ct) / 2]);
    if (!last) b.item('smoke-detector', [0, y1 - COURTYARD / 2]);
  }

  const children = Object.values(b.enrollment).reduce((s, n) => s + n, 0);
  const buildingWidth = b.rooms.reduce((m, r) => Math.max(m, ...r.polygon.map((pt) => Math.abs(pt[0]))), 0) * 2;
  return {
    format: 'safeplan.plan',
    version: 1,
    facility: {
      name: `Generated Learning Center (${rooms} rooms, seed ${seed})`,
      address: '100 Benchmark Way, Jefferson City, MO 65101',
      kind: 'center',
      licensing: 'new',
      sprinklered: false,
      nighttime: false,
      enrollment: { ...b.enrollment },
    },
    levels: [{ id: 'L1', name: 'Main floor', elevation: 0, rooms: b.rooms, doors: b.doors, windows: b.windows, items: b.items }],
    site: site(b.enrollment, children, buildingWidth),
  };
}

/** Fenced play yards north of the building, about 25 sq ft per enrolled child (75 sq ft for a third of them). */
function site(e: Required<Enrollment>, children: number, buildingWidth: number): Site {
  const little = e.infant + e.toddler;
  const big = children - little;
  const rect = (x0: number, y0: number, x1: number, y1: number): Pt[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  const yard = (sqFt: number) => {
    const area = Math.max(750, sqFt) * SQ_IN_PER_SQ_FT;
    const width = Math.min(Math.max(buildingWidth, 480), Math.max(480, Math.sqrt(area)));
    return { width: Math.ceil(width), depth: Math.ceil(area / width) };
  };
  const main = yard(big * 25);
  const baby = yard(little * 25);
  const bottom = -240;
  const mainPoly = rect(-main.width / 2, bottom - main.depth, main.width / 2, bottom);
  const babyRight = -main.width / 2 - 120;
  const babyPoly = rect(babyRight - baby.width, bottom - baby.depth, babyRight, bottom);
  const s: Site = {
    playAreas: [
      { id: 'PA1', name: 'Main play yard', polygon: mainPoly, fenceHeight: 48 },
      { id: 'PA2', name: 'Infant and toddler yard', polygon: babyPoly, fenceHeight: 48, infantToddler: true },
    ],
    surfaces: [
      { id: 'S1', polygon: mainPoly, material: 'engineered-wood-fiber', depth: 12 },
      { id: 'S2', polygon: babyPoly, material: 'poured-rubber', depth: 3 },
    ],
    equipment: [],
    obstacles: [],
  };
  const cy = bottom - main.depth / 2;
  if (main.depth >= 360 && main.width >= 480) {
    s.equipment!.push({ id: 'E1', type: 'climber', at: [-main.width / 2 + 150, cy], size: [96, 72], height: 48 });
    s.equipment!.push({ id: 'E2', type: 'slide', at: [main.width / 2 - 120, cy], size: [30, 120], height: 48, exit: 90 });
  }
  s.equipment!.push({ id: 'E3', type: 'spring-rocker', at: [babyRight - baby.width / 2, bottom - baby.depth / 2], size: [24, 36], height: 18 });
  if (main.depth >= 600) s.obstacles!.push({ id: 'O1', name: 'Shade tree', polygon: rect(-30, bottom - main.depth + 40, 30, bottom - main.depth + 100) });
  return s;
}
