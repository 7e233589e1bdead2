import type { Finding } from '../../src/checks/types.ts';
import { checkCases } from './checkTester.ts';
import { aroundConvex, end, expectWithin, grownBox, tautPath, type Pt } from './exactGeodesic.ts';
import { findingOf, findingsOf, plan } from './planBuilder.ts';

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

const ft = (inches: number) => inches / 12;

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
const L_EXACT = ft(tautPath([end(L_FAR), { c: L_CORNER, r: 12, s: -1 }, end(L_EXIT)]));
const L_HUGGING = ft(Math.hypot(L_FAR[0] - L_CORNER[0], L_FAR[1] - L_CORNER[1]) + Math.hypot(L_EXIT[0] - L_CORNER[0], L_EXIT[1] - L_CORNER[1]));

// Rooms A | B side by side (20 × 20 ft each), a 36" door centred in the shared wall (jambs at y = 102 and 138),
// the exit centred on B's east wall (480, 120). From A's corner (0, 0) the straight line crosses the wall at y = 60,
// so the path rounds the north jamb (240, 102) at 12 in, passing the doorway's clear band.
const JAMB_EXACT = ft(tautPath([end([0, 0]), { c: [240, 102], r: 12, s: -1 }, end([480, 120])]));

// A sleeping-size room 30 × 20 ft, exit on the south wall centred at x = 324"; the far corner (0, 0) is 33.60 ft from
// it in a straight line. A 30 × 55 crib centred on that line at (162, 120) forces the path round its 12 in clearance.
const CRIB_AT: Pt = [162, 120];
const CRIB_STRAIGHT = ft(Math.hypot(324, 240));
const CRIB_EXACT = ft(aroundConvex([0, 0], [324, 240], grownBox(CRIB_AT, 30, 55, 12)));

// Two exits at opposite corners of a 40 × 24 ft room: x1 centred (48, 0) on the north wall, x2 centred (432, 288) on
// the south wall. Every corner is at most 24.33 ft from one of them, but the point (132, 288) on the south wall is
// 25.00 ft from both (84-288-300 and 432 − 132 = 300): the most remote point lies on the ridge between the exits.
// Scaled up, a 222 × 140 ft room with exits centred 6 ft in: (772, 1680) is 1820" = 151.67 ft from both (700-1680-1820).
const RIDGE_EXACT = 25;
const BIG_RIDGE_EXACT = ft(1820);

// An indoor climber (48 × 48) beside the exit of a 30 × 20 ft room, centred (178, 195), 21" from the exit's centre
// (204, 240) at its nearest: the straight line from the far corner (0, 0) runs through it. Round it at 12 in: 27.52 ft.
const CLIMBER_AT: Pt = [178, 195];
const CLIMBER_EXACT = ft(aroundConvex([0, 0], [204, 240], grownBox(CLIMBER_AT, 48, 48, 12)));
const CLIMBER_BARE = ft(aroundConvex([0, 0], [204, 240], grownBox(CLIMBER_AT, 48, 48, 0)));

// A partition 20 ft long and 4 in thick from the west wall, 20 in off the north wall (y 20..24) of a 30 × 20 ft room;
// exit centred (300, 240). From the far corner (0, 0) behind it the path runs along the 20 in strip, keeping 12 in from
// the partition (y ≤ 8), round its east end (240, 20) and down to the exit: 40.34 ft. Even hugging the bare
// partition it is (0,0)-(240,20)-(240,24)-(300,240) = 39.08 ft; the straight line through it would be 32.02 ft.
const STRIP_EXACT = ft(tautPath([end([0, 0]), { c: [240, 20], r: 12, s: 1 }, end([300, 240])]));
const STRIP_BARE = ft(Math.hypot(240, 20) + 4 + Math.hypot(60, 216));

describe('travel.any-point (5 CSR 25-500.087(8)(B))', () => {
  it('hand computations used below are what they claim', () => {
    expect(L_EXACT).toBeCloseTo(53.37, 2);
    expect(L_HUGGING).toBeCloseTo(53.18, 2);
    expect(JAMB_EXACT).toBeCloseTo(42.16, 2);
    expect(CRIB_STRAIGHT).toBeCloseTo(33.6, 2);
    expect(CRIB_EXACT).toBeGreaterThan(CRIB_STRAIGHT + 0.5);
    expect(Math.hypot(132 - 48, 288)).toBeCloseTo(300, 9);
    expect(Math.hypot(772 - 72, 1680)).toBeCloseTo(1820, 9);
    expect(CLIMBER_EXACT).toBeCloseTo(27.52, 2);
    expect(CLIMBER_BARE).toBeGreaterThan(ft(Math.hypot(204, 240)) + 0.5);
    expect(STRIP_EXACT).toBeCloseTo(40.34, 2);
    expect(STRIP_BARE).toBeCloseTo(39.08, 2);
    // The strip path's last leg, from the 12 in circle round (240, 20) to the exit, clears the partition's other
    // corner (240, 24) by 12 in too (so wrapping only the first circle is the whole story).
    const u: Pt = [60, 216];
    const t = Math.atan2(u[1], u[0]) - Math.PI / 2;
    const leave: Pt = [240 + 12 * Math.cos(t), 20 + 12 * Math.sin(t)];
    const seg = (p: Pt, a: Pt, b: Pt) => {
      const l2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2;
      const k = Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / l2));
      return Math.hypot(a[0] + k * (b[0] - a[0]) - p[0], a[1] + k * (b[1] - a[1]) - p[1]);
    };
    expect(seg([240, 24], leave, [300, 240])).toBeGreaterThan(12);
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
        name: 'two exits at opposite corners: the most remote point is on the ridge between them on a long wall, 25.00 ft (not a corner, 24.33 ft)',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 40, 24] })
            .exit('x1', 'R', { side: 'n', along: 48 })
            .exit('x2', 'R', { side: 's', along: 432 })
            .build(),
        also: (f) => expectWithin(f.measured, RIDGE_EXACT),
        settledReading:
          'it reports 24.33 ft from the corner (480, 0): worstPoint.ts climbs only from the three best seeds of a ~100-point grid, here the corners (local maxima), and never reaches the ridge maximum (132, 288) on the wall — 8 in (2.7%) short, beyond 1% / 3 in',
      },
      {
        name: 'an indoor climber beside the exit stands across the straight line: the path goes round it (27.52 ft by hand)',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 30, 20] })
            .exit('x', 'R', { side: 's', along: 204 })
            .item('c', 'indoor-climber', 'R', { at: CLIMBER_AT })
            .build(),
        also: (f) => {
          expect(f.measured!).toBeGreaterThanOrEqual(CLIMBER_BARE);
          expectWithin(f.measured, CLIMBER_EXACT);
        },
        settledReading:
          'it reports 26.25 ft, the straight line through the climber: navigation.ts ignores every item within 24 in (2 × clearance) of an exit when joining the exit node (escapeFrom), so the last leg may run through the item\'s footprint, not merely inside its clearance',
      },
      {
        name: 'behind a partition 20 in off the wall, the far corner reaches the exit along the strip and round its end (40.34 ft by hand)',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 30, 20] })
            .exit('x', 'R', { side: 's', along: 300 })
            .item('pt', 'partition', 'R', { at: [120, 22], size: [240, 4] })
            .build(),
        also: (f) => {
          expect(f.measured!).toBeGreaterThanOrEqual(STRIP_BARE);
          expectWithin(f.measured, STRIP_EXACT);
        },
        settledReading:
          'it reports 32.02 ft, the straight line from (0, 0) through the partition: a start point within 24 in of an item ignores the item altogether (escapeFrom), footprint included, so the path walks through it',
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
        name: 'two exits at opposite corners of a 222 × 140 ft hall: the ridge point (772, 1680) is 151.67 ft from both, over 150 ft',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 222, 140] })
            .exit('x1', 'R', { side: 'n', along: 72 })
            .exit('x2', 'R', { side: 's', along: 222 * 12 - 72 })
            .build(),
        also: (f) => expectWithin(f.measured, BIG_RIDGE_EXACT),
        settledReading:
          'it reports 148.42 ft (warn) from (1852, 60): the worst-point search misses the ridge maximum between the two exits, 3.25 ft short, and passes a room the rule fails',
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
        message: /No path of travel leaves R from its point at .*: the way out is narrower than that/,
      },
    ],
  });
});

describe('travel.any-point where the method\'s 12 in clearance leaves no way out', () => {
  // A 96 × 72 in restroom: a sink 2 in off the north wall, a toilet 11 in off the east wall, 19.7 in apart. Their
  // clearances wall the north-east corner in, so no path keeping 12 in leaves it — yet anyone walks out between them.
  const restroom = () =>
    center()
      .room('R', { ages: ['preschool'], rect: [0, 0, 30, 25] })
      .room('B', { use: 'bathroom', rect: [30, 0, 8, 6] })
      .door('d', 'R', 'B', { a: [360, 24], b: [360, 56] })
      .exit('x', 'R', { side: 's' })
      .item('wc', 'toilet', 'B', { at: [76, 50], size: [18, 28] })
      .item('sink', 'sink', 'B', { at: [50, 10], size: [18, 16] })
      .build();

  it('is measured again keeping half a body width off everything, and left for someone to verify', () => {
    const f = findingOf(restroom(), 'travel.any-point', 'B');
    expect(f.status).toBe('verify');
    expect(f.measured).toBeGreaterThan(30);
    expect(f.message).toMatch(/keeping only 6" \(half a body width\) off everything.*no path of travel leaves .* keeping the measurement's 12" clearance.*check that way out/);
    expect(f.geometry?.type).toBe('path');
  });

  it('leaves the rest of the room held to the limit: a long room whose far end is over 150 ft still fails on it', () => {
    // 20 × 160 ft, the exit in the middle of the north wall; the same sink and toilet wall in the south-east corner.
    const p = center()
      .room('R', { ages: ['preschool'], rect: [0, 0, 20, 160] })
      .exit('x', 'R', { side: 'n' })
      .item('wc', 'toilet', 'R', { at: [220, 1870], size: [18, 28] })
      .item('sink', 'sink', 'R', { at: [194, 1910], size: [18, 16] })
      .build();
    const f = findingOf(p, 'travel.any-point', 'R');
    expect(f.status).toBe('fail');
    expect(f.measured).toBeGreaterThan(150);
    expect(f.message).toMatch(/The farthest point of R that a path of travel leaves is .*; besides, no path of travel leaves R from its point at/);
  });

  it('is not blamed on the furniture by egress.clear-passage: a way out 12 in wide remains', () => {
    expect(findingsOf(restroom(), 'egress.clear-passage').filter((x) => x.subject === 'B')).toEqual([]);
  });
});
