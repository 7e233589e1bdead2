import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * egress.dead-end, 5 CSR 25-500.087(1)(B) "Dead-end is a corridor or hallway with no exit at the end that causes
 * occupants to retrace their path to reach an exit" and (4)(G) "Dead-ends ... shall not exceed twenty feet (20')".
 *
 * checks.md (Dead end): the part of a corridor from which an occupant can travel in only one direction to reach any
 * exit, its length measured ALONG THE CORRIDOR'S CENTRELINE from the end wall of the pocket to the point where travel
 * in two directions to separate exits becomes possible (or to the exit). Doors of ordinary rooms opening off the
 * pocket do not end it.
 *
 * Corridors are 6 ft wide unless a case says otherwise, so the centreline runs 3 ft in from each wall. Where a pocket
 * turns a corner, the figure a reader could defend lies between "to the near edge of the opening where the second
 * direction appears" and "to the centreline junction", and round the bend between the arc a walk on the centreline
 * takes about the inside corner and the two straight legs meeting at the centreline junction. The engine takes the
 * arc (radius half-width − 1 in; deadEnds.ts): per right-angle bend of a 6 ft corridor about 17 in less than the
 * legs. The cases at a bend are over 20 ft on every such reading, or under it on every one.
 *
 * Furniture is not part of the centreline: a bench or table standing in a corridor changes no figure here.
 */

const FT = 12;
const center = () => plan({ kind: 'center', licensing: 'new' });

/**
 * A straight corridor [0, 0, 60, 6] ft: an exit in its east end wall, and a second, separate exit on its south wall
 * centred `at` ft from the west end. The west end is a pocket `at` ft long along the centreline (from (0, 3) to the
 * second exit's mouth (at, 3)).
 */
const straight = (at: number) =>
  center()
    .room('C', { use: 'corridor', rect: [0, 0, 60, 6] })
    .room('P', { ages: ['preschool'], rect: [30, -20, 20, 20] })
    .door('dp', 'P', 'C')
    .exit('xs', 'C', { side: 's', along: at * FT })
    .exit('xe', 'C', { side: 'e' });

/**
 * A T: the main corridor [0, 0, 60, 6] ft with exits in both end walls; a stem 6 ft wide (x 27..33 ft) runs `stem` ft
 * south from the main corridor's south wall. The stem is a pocket: along its centreline `stem` ft to its mouth, and
 * `stem` + 3 ft to the main corridor's centreline.
 */
const tee = (stem: number) =>
  center()
    .room('C', {
      use: 'corridor',
      polygon: [[0, 0], [720, 0], [720, 72], [396, 72], [396, 72 + stem * FT], [324, 72 + stem * FT], [324, 72], [0, 72]],
    })
    .room('P', { ages: ['preschool'], rect: [0, -20, 20, 20] })
    .door('dp', 'P', 'C')
    .exit('xw', 'C', { a: [0, 18], b: [0, 54] })
    .exit('xe', 'C', { a: [720, 18], b: [720, 54] })
    .build();

/**
 * An L: a leg 14 ft long running east (y 0..6 ft), turning south into a leg x 8..14 ft down to y = 30 ft, which has an
 * exit in its south end wall and a second exit on its east wall centred at y = `side` ft. The west end is a pocket that
 * wraps the bend: along the centreline 11 ft east to (11, 3), then south to the side exit's mouth (11, side), i.e.
 * 11 + side − 3 ft; to the near jamb of the side exit, 1.5 ft less.
 */
const ell = (side: number) =>
  center()
    .room('C', { use: 'corridor', polygon: [[0, 0], [168, 0], [168, 360], [96, 360], [96, 72], [0, 72]] })
    .room('P', { ages: ['preschool'], rect: [0, -20, 8, 20] })
    .door('dp', 'P', 'C')
    .exit('xs', 'C', { a: [114, 360], b: [150, 360] })
    .exit('xe', 'C', { a: [168, side * FT - 18], b: [168, side * FT + 18] })
    .build();

/**
 * A pocket with two bends: a leg running east (y 0..6 ft, x 0..10 ft), a leg south (x 4..10 ft) to an east leg
 * (y 12..18 ft) with an exit in its east end wall (x = 60 ft) and a second exit on its north wall centred at x = `at`
 * inches. Along the centreline legs: 7 ft east, 12 ft south, then `at` − 84 in east to the side exit's mouth.
 */
const twoBends = (at: number) =>
  center()
    .room('C', { use: 'corridor', polygon: [[0, 0], [120, 0], [120, 144], [720, 144], [720, 216], [48, 216], [48, 72], [0, 72]] })
    .room('P', { ages: ['preschool'], rect: [0, -20, 10, 20] })
    .door('dp', 'P', 'C')
    .exit('xe', 'C', { a: [720, 162], b: [720, 198] })
    .exit('xn', 'C', { a: [at - 18, 144], b: [at + 18, 144] })
    .build();

/**
 * A hall 12 ft wide, [0, 0, 60, 12] ft: an exit in its east end wall and a second on its south wall centred `at` ft
 * from the west end. The centreline runs 6 ft in; the west end is a pocket `at` ft long.
 */
const wideHall = (at: number) =>
  center()
    .room('C', { use: 'corridor', rect: [0, 0, 60, 12] })
    .room('P', { ages: ['preschool'], rect: [30, -20, 20, 20] })
    .door('dp', 'P', 'C')
    .exit('xs', 'C', { side: 's', along: at * FT })
    .exit('xe', 'C', { side: 'e' });

/** A corridor [0, 0, length, 6] ft whose only way out is the exit in its east end wall; a classroom opens off it. */
const singleExit = (length: number) =>
  center()
    .room('C', { use: 'corridor', rect: [0, 0, length, 6] })
    .room('P', { ages: ['preschool'], rect: [0, -20, 10, 20] })
    .door('dp', 'P', 'C')
    .exit('xe', 'C', { side: 'e' })
    .build();

describe('egress.dead-end (5 CSR 25-500.087(1)(B), (4)(G))', () => {
  checkCases('egress.dead-end', '5 CSR 25-500.087(1)(B), (4)(G)', {
    valid: [
      {
        name: 'a pocket of exactly 20 ft along the centreline of a straight 6 ft corridor meets the limit (warn, not fail)',
        plan: () => straight(20).build(),
        subject: 'C',
        status: 'warn',
        measured: 20,
        limit: 20,
        unit: 'ft',
        message: /runs 20'-0" along the corridor from its end wall to where two directions to separate exits open/,
        also: (f) => {
          const path = f.geometry!.points;
          expect(path[0]).toEqual([0, 36]);
          expect(path[path.length - 1]![0]).toBeCloseTo(240, 6);
        },
      },
      {
        name: "a classroom's door with the classroom's own exit beyond it ends the pocket like an exit: 20 ft",
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 0, 60, 6] })
            .room('P', { ages: ['preschool'], rect: [10, 6, 20, 20] })
            .door('dp', 'P', 'C')
            .exit('xp', 'P', { side: 's' })
            .exit('xe', 'C', { side: 'e' })
            .build(),
        subject: 'C',
        status: 'warn',
        measured: 20,
      },
      {
        name: 'a T whose stem is 12 ft (15 ft to the main centreline) passes',
        plan: () => tee(12),
        subject: 'C',
        also: (f) => expect(f.measured!).toBeLessThanOrEqual(15.25),
      },
      {
        name: 'exits in both end walls: no point of the corridor has only one direction to an exit, so no dead end',
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 0, 40, 6] })
            .room('P', { ages: ['preschool'], rect: [0, -20, 20, 20] })
            .door('dp', 'P', 'C')
            .exit('xw', 'C', { side: 'w' })
            .exit('xe', 'C', { side: 'e' })
            .build(),
        subject: 'C',
        message: /has no dead end/,
        also: (f) => expect(f.measured!).toBeLessThanOrEqual(0.25),
        settledReading:
          'it reports a 2.71 ft "dead end" at each end wall that holds an exit: it measures to a mouth placed half the corridor width inside the exit, not to the exit (checks.md "or to the exit")',
      },
      {
        name: 'a hall 12 ft wide with a 15 ft pocket passes; a table on the centreline and shelving at the end wall change nothing',
        plan: () =>
          wideHall(15)
            .item('t', 'table', 'C', { at: [90, 72] })
            .item('s', 'shelving', 'C', { at: [8, 72], rotation: 90 })
            .build(),
        subject: 'C',
        measured: 15,
        also: (f) => expect(f.geometry!.points[0]).toEqual([0, 72]),
      },
      {
        name: 'n/a when the plan has no corridor',
        plan: () => plan().room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'R').build(),
        status: 'n/a',
        count: 1,
      },
    ],
    invalid: [
      {
        name: 'a pocket of 21 ft along the centreline of a straight corridor',
        plan: () => straight(21).build(),
        subject: 'C',
        measured: 21,
        limit: 20,
      },
      {
        name: 'a classroom (no exit of its own) and a closet opening off the pocket do not end it: still 21 ft',
        plan: () =>
          straight(21)
            .room('Q', { ages: ['preschool'], rect: [0, 6, 10, 20] })
            .room('K', { use: 'closet', rect: [12, 6, 6, 6] })
            .door('dq', 'Q', 'C')
            .door('dk', 'K', 'C')
            .build(),
        subject: 'C',
        measured: 21,
      },
      {
        name: "a corridor whose only way out is a classroom's door (the classroom has the exit): 25 ft from the far end wall to that door",
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 0, 30, 6] })
            .room('P', { ages: ['preschool'], rect: [0, 6, 10, 20] })
            .door('dp', 'P', 'C')
            .exit('x', 'P', { side: 's' })
            .build(),
        subject: 'C',
        measured: 25,
        message: /to its only way out/,
      },
      {
        name: 'a 30 ft corridor whose only way out is the exit in its far end wall is a dead end',
        plan: () => singleExit(30),
        subject: 'C',
      },
      {
        name: 'a 22 ft corridor whose only way out is the exit in its far end wall: the whole 22 ft is a dead end',
        plan: () => singleExit(22),
        subject: 'C',
        measured: 22,
        settledReading:
          'it measures 19.16 ft (warn): from the end wall to a point about 3 ft short of the exit (its "mouth" half the corridor width inside the end wall), so a 22 ft single-exit corridor passes',
      },
      {
        name: 'a corridor with no way out at all (only a closet opens off it): the whole corridor is a dead end',
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 0, 30, 6] })
            .room('K', { use: 'closet', rect: [0, 6, 6, 6] })
            .room('R', { ages: ['preschool'], rect: [0, -20, 20, 20] })
            .door('dk', 'K', 'C')
            .exit('x', 'R', { side: 'n' })
            .build(),
        subject: 'C',
        message: /no way out/,
      },
      {
        name: 'a T whose stem is 30 ft long is a dead end',
        plan: () => tee(30),
        subject: 'C',
      },
      {
        name: 'a T whose stem is 21 ft (24 ft to the main centreline): over 20 ft on any reading',
        plan: () => tee(21),
        subject: 'C',
        // 22.58 ft: up the stem's centreline and round the corner on the arc to the main centreline.
        also: (f) => expect(f.measured!).toBeGreaterThanOrEqual(21),
        settledReading:
          'it reported 19.79 ft (warn): its length was a Gromov product of 12 in-clearance geodesics, which cut diagonally across the stem mouth to the corner, not the centreline length (21 ft to the mouth, 24 ft to the junction)',
      },
      {
        name: 'an L whose pocket wraps the bend, 33 ft along the centreline to the side exit: a dead end',
        plan: () => ell(25),
        subject: 'C',
      },
      {
        name: 'an L whose pocket wraps the bend: 23 ft along the centreline to the side exit (21.5 ft to its near jamb)',
        plan: () => ell(15),
        subject: 'C',
        // 21.58 ft: 8 ft east, a 35 in-radius arc round the inside corner (4.6 ft), 9 ft south.
        also: (f) => expect(f.measured!).toBeGreaterThanOrEqual(21.5),
        settledReading:
          'it reported 19.00 ft (pass): the geodesics it measured cut the bend 12 in from the inside corner instead of following the centreline (11 ft east + 12 ft south = 23 ft)',
      },
      {
        name: 'a pocket wrapping two bends, 25 ft along the centreline legs (7 + 12 + 6 ft): a dead end',
        plan: () => twoBends(156),
        subject: 'C',
        // 22.17 ft on the arcs: each bend 17 in short of its legs.
        also: (f) => expect(f.measured!).toBeGreaterThanOrEqual(22),
      },
      {
        name: 'a hall 12 ft wide with a 25 ft pocket along its centreline',
        plan: () => wideHall(25).build(),
        subject: 'C',
        measured: 25,
        also: (f) => {
          expect(f.geometry!.points[0]).toEqual([0, 72]);
          expect(f.geometry!.points.at(-1)![0]).toBeCloseTo(300, 6);
        },
      },
      {
        name: 'an L 12 ft wide whose pocket wraps the bend, 27 ft along the centreline legs: a dead end',
        plan: () =>
          center()
            .room('C', { use: 'corridor', polygon: [[0, 0], [288, 0], [288, 600], [144, 600], [144, 144], [0, 144]] })
            .room('P', { ages: ['preschool'], rect: [0, -20, 12, 20] })
            .door('dp', 'P', 'C')
            .exit('xs', 'C', { a: [198, 600], b: [234, 600] })
            .exit('xe', 'C', { a: [288, 162], b: [288, 198] })
            .build(),
        subject: 'C',
        // 24.30 ft: the arc about the inside corner has a 71 in radius, 2.7 ft short of the legs.
        also: (f) => expect(f.measured!).toBeGreaterThanOrEqual(24),
      },
      {
        name: 'a bench on the centreline of the pocket does not change its length: still 21 ft',
        plan: () => straight(21).item('b', 'furniture', 'C', { at: [120, 36], size: [48, 18] }).build(),
        subject: 'C',
        measured: 21,
      },
    ],
  });
});
