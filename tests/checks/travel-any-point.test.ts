import type { Finding } from '../../src/checks/types.ts';
import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * travel.any-point, 5 CSR 25-500.087(8)(B): "The travel distance between any point in a room and an exit shall not
 * exceed one hundred fifty feet (150'). This travel distance may be increased by fifty feet (50') in buildings
 * protected throughout by a supervised automatic sprinkler system".
 *
 * Travel distance (checks.md, Measurement methods): the geodesic from the most remote point of the room (any point
 * of the inside face not under an item — usually a far corner) to the centre of the exit door's clear opening,
 * keeping 12 in from reflex corners, door jambs and floor items; within 1% or 3 in (whichever is larger) of exact.
 * Figures below are worked by hand: straight lines (Pythagorean triples, so exact to the hundredth), and for bends
 * the taut string around the 12 in clearance circle (tangent + arc + tangent), computed independently here.
 */

type Pt = readonly [number, number];

/** Taut path from p to e wrapping the circle (c, r) on the side of the direction `via` (a vector from c), inches. */
function wrapCircle(p: Pt, c: Pt, r: number, e: Pt, via: Pt): number {
  const turn = (a: number) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const dp = Math.hypot(p[0] - c[0], p[1] - c[1]);
  const de = Math.hypot(e[0] - c[0], e[1] - c[1]);
  const ap = Math.atan2(p[1] - c[1], p[0] - c[0]);
  const ae = Math.atan2(e[1] - c[1], e[0] - c[0]);
  const ccw = turn(ae - ap);
  const gap = turn(Math.atan2(via[1], via[0]) - ap) <= ccw ? ccw : 2 * Math.PI - ccw;
  const arc = gap - Math.acos(r / dp) - Math.acos(r / de);
  if (arc < 0) throw new Error('the straight line clears the circle: the path does not wrap it');
  return Math.sqrt(dp * dp - r * r) + Math.sqrt(de * de - r * r) + r * arc;
}

/** Shortest path from p to e around a convex obstacle k (the shorter chain of the hull of p, e and k), inches. */
function aroundConvex(p: Pt, e: Pt, k: readonly Pt[]): number {
  const pts = [p, e, ...k].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Pt[]) => {
    const out: Pt[] = [];
    for (const q of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, q) <= 0) out.pop();
      out.push(q);
    }
    return out.slice(0, -1);
  };
  const hull = [...half(pts), ...half([...pts].reverse())];
  const i = hull.indexOf(p);
  const j = hull.indexOf(e);
  if (i < 0 || j < 0) throw new Error('p or e lies inside the obstacle');
  const chain = (from: number, to: number) => {
    let s = 0;
    for (let a = from; a !== to; a = (a + 1) % hull.length) {
      const b = (a + 1) % hull.length;
      s += Math.hypot(hull[b]![0] - hull[a]![0], hull[b]![1] - hull[a]![1]);
    }
    return s;
  };
  return Math.min(chain(i, j), chain(j, i));
}

/** An axis-aligned footprint grown by r: its corners rounded, sampled finely (error under 0.001 in). */
function grownBox(centre: Pt, w: number, d: number, r: number): Pt[] {
  const out: Pt[] = [];
  for (const [sx, sy] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
    for (let k = 0; k < 720; k++) {
      const a = (2 * Math.PI * k) / 720;
      out.push([centre[0] + (sx * w) / 2 + r * Math.cos(a), centre[1] + (sy * d) / 2 + r * Math.sin(a)]);
    }
  }
  return out;
}

const ft = (inches: number) => inches / 12;

/** The catalogue's accuracy: within 1% or 3 in of the exact figure, whichever is larger (plus the 0.005 ft rounding). */
function expectWithin(measured: number | null, exactFeet: number): void {
  expect(measured).not.toBeNull();
  const tolerance = Math.max(0.01 * exactFeet, 0.25) + 0.005;
  expect(Math.abs(measured! - exactFeet), `measured ${measured} ft, exact ${exactFeet.toFixed(3)} ft`).toBeLessThanOrEqual(tolerance);
}

const pathOf = (f: Finding) => {
  expect(f.geometry?.type).toBe('path');
  return f.geometry!.points;
};

const center = (o: { sprinklered?: boolean } = {}) => plan({ kind: 'center', licensing: 'new', sprinklered: o.sprinklered ?? false });

/** One preschool room [0, 0, w, d] ft with an exit on the south wall centred `along` in from the west corner. */
const oneRoom = (w: number, d: number, along: number, o: { sprinklered?: boolean } = {}) =>
  center(o).room('R', { ages: ['preschool'], rect: [0, 0, w, d] }).exit('x', 'R', { side: 's', along }).build();

// The catalogue's L: 40 × 40 ft with the 20 × 20 ft south-east quarter cut out; the exit 36" wide on the south wall
// of the west wing, centred 34'-10" from the far (east) wall line, i.e. at x = 62"; worst point the far corner (480, 0).
const L_FAR: Pt = [480, 0];
const L_CORNER: Pt = [240, 240];
const L_EXIT: Pt = [62, 480];
const L_EXACT = ft(wrapCircle(L_FAR, L_CORNER, 12, L_EXIT, [-1, -1]));
const L_HUGGING = ft(Math.hypot(L_FAR[0] - L_CORNER[0], L_FAR[1] - L_CORNER[1]) + Math.hypot(L_EXIT[0] - L_CORNER[0], L_EXIT[1] - L_CORNER[1]));

// Rooms A | B side by side (20 × 20 ft each), a 36" door centred in the shared wall (jambs at y = 102 and 138),
// the exit centred on B's east wall (480, 120). From A's corner (0, 0) the straight line crosses the wall at y = 60,
// so the path rounds the north jamb (240, 102) at 12 in, passing the doorway's clear band.
const JAMB_EXACT = ft(wrapCircle([0, 0], [240, 102], 12, [480, 120], [0, 1]));

// A sleeping-size room 30 × 20 ft, exit on the south wall centred at x = 324"; the far corner (0, 0) is 33.60 ft from
// it in a straight line. A 30 × 55 crib centred on that line at (162, 120) forces the path round its 12 in clearance.
const CRIB_AT: Pt = [162, 120];
const CRIB_STRAIGHT = ft(Math.hypot(324, 240));
const CRIB_EXACT = ft(aroundConvex([0, 0], [324, 240], grownBox(CRIB_AT, 30, 55, 12)));

describe('travel.any-point (5 CSR 25-500.087(8)(B))', () => {
  it('hand computations used below are what they claim', () => {
    expect(L_EXACT).toBeCloseTo(53.37, 2);
    expect(L_HUGGING).toBeCloseTo(53.18, 2);
    expect(JAMB_EXACT).toBeCloseTo(42.16, 2);
    expect(CRIB_STRAIGHT).toBeCloseTo(33.6, 2);
    expect(CRIB_EXACT).toBeGreaterThan(CRIB_STRAIGHT + 0.5);
  });

  checkCases('travel.any-point', '5 CSR 25-500.087(8)(B)', {
    valid: [
      {
        name: 'a rectangular room: the worst point is the far corner and the distance is the straight line to the exit centre, 45.00 ft (36-27-45)',
        // Room 40 × 27 ft, exit centred 4 ft from the west corner on the south wall: (480, 0) → (48, 324) = 540" = 45 ft.
        plan: () => oneRoom(40, 27, 48),
        measured: 45,
        limit: 150,
        unit: 'ft',
        message: /45'-0" from exit x \(limit 150'\)/,
        also: (f) => {
          const path = pathOf(f);
          expect(path[0]).toEqual([480, 0]);
          expect(path[path.length - 1]).toEqual([48, 324]);
          expect(path).toHaveLength(2);
        },
      },
      {
        name: "the catalogue's L-shaped room: the path wraps the inside corner at 12 in, 53.37 ft (not the 53.18 ft of hugging it)",
        plan: () =>
          center()
            .room('L', { ages: ['preschool'], polygon: [[0, 0], [480, 0], [480, 240], [240, 240], [240, 480], [0, 480]] })
            .exit('x', 'L', { a: [L_EXIT[0] - 18, 480], b: [L_EXIT[0] + 18, 480] })
            .build(),
        also: (f) => {
          expectWithin(f.measured, L_EXACT);
          // Hugging the corner would also be within 1% of 53.37; the figure must be the 12 in path's, not that one.
          expect(Math.abs(f.measured! - L_EXACT)).toBeLessThan(Math.abs(f.measured! - L_HUGGING));
          const path = pathOf(f);
          expect(path[0]).toEqual(L_FAR);
          expect(path[path.length - 1]).toEqual(L_EXIT);
          // Every bend keeps 12 in (less a hair) from the inside corner.
          for (const q of path) expect(Math.hypot(q[0] - L_CORNER[0], q[1] - L_CORNER[1])).toBeGreaterThanOrEqual(12 - 1e-6);
        },
      },
      {
        name: 'through a doorway: from the far corner of the inner room the path rounds the jamb at 12 in, 42.16 ft',
        plan: () =>
          center()
            .room('A', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('B', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .door('d', 'A', 'B')
            .exit('x', 'B', { side: 'e' })
            .build(),
        subject: 'A',
        count: 2,
        also: (f, all) => {
          expectWithin(f.measured, JAMB_EXACT);
          // Room B: from its corner (240, 0) straight to the exit (480, 120): √(240² + 120²) = 268.33" = 22.36 ft.
          expect(all.find((x) => x.subject === 'B')!.measured).toBe(22.36);
          // The path crosses the wall x = 240 within the clear band: at least 12 in from both jambs.
          const path = pathOf(f);
          const crossing = path.find((q) => Math.abs(q[0] - 240) < 1e-6);
          if (crossing) expect(crossing[1]).toBeGreaterThanOrEqual(114 - 1e-6);
        },
      },
      {
        name: 'two exits, one each end: the most remote point is midway along a long wall (not a corner), 31.62 ft',
        // Room 60 × 20 ft, exits centred on the west and east walls at y = 120". The point (360, 0) is √(360² + 120²) =
        // 379.47" = 31.62 ft from both; every corner is 10 ft from one of them.
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 60, 20] })
            .exit('xw', 'R', { side: 'w' })
            .exit('xe', 'R', { side: 'e' })
            .build(),
        also: (f) => {
          expectWithin(f.measured, ft(Math.hypot(360, 120)));
          const start = pathOf(f)[0]!;
          expect(Math.abs(start[0] - 360)).toBeLessThanOrEqual(12);
        },
      },
      {
        name: 'exactly 150 ft (90-120-150) meets the limit: warn, not fail',
        plan: () => oneRoom(124, 90, 48),
        status: 'warn',
        measured: 150,
        limit: 150,
      },
      {
        name: 'sprinklered: 170 ft (26-168-170) passes only with the 50 ft allowance (limit 200)',
        plan: () => oneRoom(170, 26, 24, { sprinklered: true }),
        measured: 170,
        limit: 200,
        message: /limit 200' with the sprinkler allowance/,
      },
      {
        name: 'a crib across the straight line forces a detour round its 12 in clearance: longer than 33.60 ft, as computed',
        plan: () =>
          center()
            .room('S', { ages: ['toddler'], rect: [0, 0, 30, 20] })
            .exit('x', 'S', { side: 's', along: 324 })
            .item('c', 'crib', 'S', { at: CRIB_AT, size: [30, 55] })
            .build(),
        also: (f) => {
          expect(f.measured!).toBeGreaterThan(CRIB_STRAIGHT + 0.5);
          expectWithin(f.measured, CRIB_EXACT);
          expect(pathOf(f)[0]).toEqual([0, 0]);
        },
      },
      {
        name: "the provider's family quarters are not child care space and are not checked",
        plan: () =>
          plan({ kind: 'group-home', licensing: 'new' })
            .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('F', { use: 'family', rect: [20, 0, 20, 20] })
            .exit('x', 'R', { side: 'w' })
            .build(),
        subject: 'R',
        count: 1,
      },
    ],
    invalid: [
      {
        name: 'the same 170 ft room without sprinklers: over the 150 ft limit',
        plan: () => oneRoom(170, 26, 24),
        measured: 170,
        limit: 150,
        message: /170'-0" from exit x \(limit 150'\)/,
      },
      {
        name: '150.80 ft (corner (1500, 0) to the exit centre (48, 1080)) is over the limit',
        plan: () => oneRoom(125, 90, 48),
        measured: Math.round(ft(Math.hypot(1452, 1080)) * 100) / 100,
        limit: 150,
      },
      {
        name: 'a classroom reached down a 150 ft corridor: its far corner is over 150 ft from the exit',
        // Corridor [0, 0, 150, 6] ft with its exit on the west wall; the classroom hangs off its east end. Lower bound:
        // the straight line from the classroom's far corner (1800, 312) to the exit centre (0, 36), 151.75 ft.
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 0, 150, 6] })
            .room('R', { ages: ['preschool'], rect: [130, 6, 20, 20] })
            .door('d', 'R', 'C')
            .exit('x', 'C', { side: 'w' })
            .build(),
        subject: 'R',
        also: (f) => expect(f.measured!).toBeGreaterThanOrEqual(Math.floor(ft(Math.hypot(1800, 276)) * 100) / 100),
      },
      {
        name: 'a room with no door: no exit can be reached',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('Q', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .exit('x', 'R', { side: 'w' })
            .build(),
        subject: 'Q',
        otherFindings: 'any',
        message: /No exit can be reached from Q/,
      },
      {
        name: 'a partition wall to wall cuts the far half of the room off from its exit',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 20, 30] })
            .exit('x', 'R', { side: 's' })
            .item('p', 'partition', 'R', { at: [120, 120], size: [240, 4] })
            .build(),
        message: /No exit can be reached from R/,
      },
    ],
  });
});
