import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * travel.room-door, 5 CSR 25-500.087(8)(A): "The travel distance between any room door intended as an exit access
 * or an exit shall not exceed one hundred feet (100'). This travel distance may be increased by fifty feet (50') in
 * buildings protected throughout by a supervised automatic sprinkler system".
 *
 * Measured from the centre of the room's exit access door to the centre of the nearest exit (checks.md), along the
 * geodesic that keeps 12 in from reflex corners; within 1% or 3 in of the exact figure.
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

function expectWithin(measured: number | null, exactFeet: number): void {
  expect(measured).not.toBeNull();
  const tolerance = Math.max(0.01 * exactFeet, 0.25) + 0.005;
  expect(Math.abs(measured! - exactFeet), `measured ${measured} ft, exact ${exactFeet.toFixed(3)} ft`).toBeLessThanOrEqual(tolerance);
}

/**
 * Classroom R [0, 0, 20, 20] ft; a 6 ft corridor C runs east from the middle of R's east wall (y 7..13 ft), `length`
 * ft long, with the exit in its far end wall. Door d is centred on the shared wall at (240, 120) and the exit at
 * (240 + 12·length, 120): the travel distance is exactly `length` ft along the corridor's centreline.
 */
const straight = (length: number, sprinklered = false) =>
  plan({ kind: 'center', licensing: 'new', sprinklered })
    .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
    .room('C', { use: 'corridor', rect: [20, 7, length, 6] })
    .door('d', 'R', 'C')
    .exit('x', 'C', { side: 'e' })
    .build();

/**
 * The same classroom; the corridor runs 60 ft east (y 84..156") then turns south at its east end (x 888..960") to
 * y = 720", where the exit is centred at (924, 720). From the door (240, 120) the path wraps the inside corner
 * (888, 156) at 12 in: 102.65 ft by hand (the centreline would be 65 + 50 = 115 ft; hugging the corner 102.5 ft).
 */
const CORNER_EXACT = wrapCircle([240, 120], [888, 156], 12, [924, 720], [1, -1]) / 12;
const aroundCorner = (sprinklered = false) =>
  plan({ kind: 'center', licensing: 'new', sprinklered })
    .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
    .room('C', { use: 'corridor', polygon: [[240, 84], [960, 84], [960, 720], [888, 720], [888, 156], [240, 156]] })
    .door('d', 'R', 'C', { a: [240, 102], b: [240, 138] })
    .exit('x', 'C', { a: [906, 720], b: [942, 720] })
    .build();

describe('travel.room-door (5 CSR 25-500.087(8)(A))', () => {
  it('the hand computation used below is what it claims', () => {
    expect(CORNER_EXACT).toBeCloseTo(102.65, 2);
  });

  checkCases('travel.room-door', '5 CSR 25-500.087(8)(A)', {
    valid: [
      {
        name: 'a room door exactly 100 ft down a straight corridor from the exit meets the limit (warn)',
        plan: () => straight(100),
        subject: 'd',
        status: 'warn',
        measured: 100,
        limit: 100,
        unit: 'ft',
        message: /Door d \(R – C\) is 100'-0" from exit x \(limit 100'\)/,
        also: (f) => expect(f.geometry).toEqual({ type: 'path', points: [[240, 120], [1440, 120]] }),
      },
      {
        name: 'sprinklered: 101 ft passes with the 50 ft allowance (limit 150)',
        plan: () => straight(101, true),
        subject: 'd',
        measured: 101,
        limit: 150,
        message: /limit 150' with the sprinkler allowance/,
      },
      {
        name: 'sprinklered: exactly 150 ft meets the raised limit (warn)',
        plan: () => straight(150, true),
        subject: 'd',
        status: 'warn',
        measured: 150,
        limit: 150,
      },
      {
        name: 'sprinklered: round a corridor corner at 12 in, 102.65 ft by hand, within the 150 ft limit',
        plan: () => aroundCorner(true),
        subject: 'd',
        limit: 150,
        also: (f) => expectWithin(f.measured, CORNER_EXACT),
      },
      {
        name: 'of two exits the nearer counts: the door is 30.42 ft from the west exit though 100+ ft from the east one',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('C', { use: 'corridor', rect: [0, 20, 140, 6] })
            .room('R', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .door('d', 'R', 'C')
            .exit('xw', 'C', { side: 'w' })
            .exit('xe', 'C', { side: 'e' })
            .build(),
        subject: 'd',
        // Door centre (360, 240) to the west exit centre (0, 276): the straight line (30.15 ft) runs 1.8 in from the
        // door's own west jamb (342, 240); keeping 12 in from it (checks.md: "at a door the path may pass anywhere at
        // least min(12 in, half the clear width) from the jambs") the path wraps it: 30.42 ft by hand.
        message: /from exit xw/,
        also: (f) => expectWithin(f.measured, wrapCircle([360, 240], [342, 240], 12, [0, 276], [0, 1]) / 12),
      },
      {
        name: 'n/a when every room opens straight to an exit',
        plan: () => plan().room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'R').build(),
        status: 'n/a',
        count: 1,
      },
    ],
    invalid: [
      {
        name: '101 ft without sprinklers',
        plan: () => straight(101),
        subject: 'd',
        measured: 101,
        limit: 100,
      },
      {
        name: 'sprinklered: 151 ft is over even the raised limit',
        plan: () => straight(151, true),
        subject: 'd',
        measured: 151,
        limit: 150,
      },
      {
        name: 'round a corridor corner at 12 in, 102.65 ft by hand: over 100 ft without sprinklers',
        plan: () => aroundCorner(),
        subject: 'd',
        limit: 100,
        also: (f) => expectWithin(f.measured, CORNER_EXACT),
      },
    ],
  });
});
