import { checkCases } from './checkTester.ts';
import { aroundConvex, expectWithin, grownBox, type Pt } from './exactGeodesic.ts';
import { findingOf, plan } from './planBuilder.ts';

/**
 * travel.sleeping-room, 5 CSR 25-500.087(8)(C): "The travel distance between any point in a sleeping room and an
 * exit access to that room shall not exceed fifty feet (50')." No sprinkler allowance in (C).
 *
 * Measured from the most remote point of the sleeping room to the centre of its nearest exit access door (a door
 * that leads on to an exit, or an exit of its own), keeping 12 in from cribs and other floor items.
 */

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Sleeping room S [0, 0, w, d] ft (marked sleeping); below it a corridor C from x = -100 ft to x = w, whose only exit
 * is at its far west end, over 100 ft away. S's exit access door d is centred 2 ft from S's west wall, at (24, 12·d).
 * From the far corner (12·w, 0) the path leaves the wall at over 41.8° (so it keeps 12 in from the jambs unbent).
 */
function sleeping(w: number, d: number, o: { sprinklered?: boolean; crib?: Pt; marked?: boolean } = {}) {
  const b = plan({ kind: 'center', licensing: 'new', sprinklered: o.sprinklered ?? false })
    .room('S', { ages: ['toddler'], rect: [0, 0, w, d], ...(o.marked === false ? {} : { sleeping: true }) })
    .room('C', { use: 'corridor', rect: [-100, d, 100 + w, 6] })
    .door('d', 'S', 'C', { along: 24 })
    .exit('x', 'C', { side: 'w' });
  if (o.crib) b.item('c', 'crib', 'S', { at: [o.crib[0], o.crib[1]], size: [30, 55] });
  return b.build();
}

// 32 × 39.5 ft: the far corner (384, 0) is √(360² + 474²) = 595.21" = 49.60 ft from the door (24, 474). A crib centred
// on that line at (204, 237) adds the detour round its 12 in clearance: 50.06 ft by hand.
const CRIB_AT: Pt = [204, 237];
const CRIB_STRAIGHT = Math.hypot(360, 474) / 12;
const CRIB_EXACT = aroundConvex([384, 0], [24, 474], grownBox(CRIB_AT, 30, 55, 12)) / 12;

// The same 32 × 39.5 ft room with a crib 30 × 55 in centred (51, 438), right beside the door (24, 474) — its corner
// (36, 465.5) 14.6 in from the door's centre — across the line from the far corner: round it at 12 in, 50.85 ft.
const NEAR_DOOR: Pt = [51, 438];
const NEAR_DOOR_EXACT = aroundConvex([384, 0], [24, 474], grownBox(NEAR_DOOR, 30, 55, 12)) / 12;

describe('travel.sleeping-room (5 CSR 25-500.087(8)(C))', () => {
  it('the hand computations used below are what they claim', () => {
    expect(CRIB_STRAIGHT).toBeCloseTo(49.6, 2);
    expect(CRIB_EXACT).toBeCloseTo(50.06, 2);
    expect(NEAR_DOOR_EXACT).toBeCloseTo(50.85, 2);
  });

  checkCases('travel.sleeping-room', '5 CSR 25-500.087(8)(C)', {
    valid: [
      {
        name: "exactly 50 ft (30-40-50) from the far corner to the room's exit access door: at the limit (warn)",
        // S 32 × 40 ft: (384, 0) → (24, 480) = √(360² + 480²) = 600" = 50 ft.
        plan: () => sleeping(32, 40),
        status: 'warn',
        measured: 50,
        limit: 50,
        unit: 'ft',
        message: /from its exit access door d \(limit 50'\)/,
        also: (f) => expect(f.geometry).toEqual({ type: 'path', points: [[384, 0], [24, 480]] }),
      },
      {
        name: 'measured to the exit access door, not to the exit over 100 ft away down the corridor',
        plan: () => sleeping(20, 20),
        // (240, 0) → (24, 240): √(216² + 240²) = 322.89" = 26.91 ft.
        measured: round2(Math.hypot(216, 240) / 12),
      },
      {
        name: 'a crib in the room makes it a sleeping room without the mark; a crib off the line does not lengthen the path',
        plan: () => sleeping(32, 40, { marked: false, crib: [48, 60] }),
        status: 'warn',
        measured: 50,
      },
      {
        name: 'without the crib the far corner is 49.60 ft from the door (warn, within 5% of 50)',
        plan: () => sleeping(32, 39.5),
        status: 'warn',
        measured: round2(CRIB_STRAIGHT),
      },
      {
        name: 'n/a when no room is used for sleeping',
        plan: () => plan().room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'R').build(),
        status: 'n/a',
        count: 1,
      },
    ],
    invalid: [
      {
        name: '50.61 ft from the far corner (33 × 40 ft room) is over 50 ft',
        plan: () => sleeping(33, 40),
        measured: round2(Math.hypot(372, 480) / 12),
        limit: 50,
      },
      {
        name: 'sprinklers give no allowance under (8)(C): still over 50 ft',
        plan: () => sleeping(33, 40, { sprinklered: true }),
        measured: round2(Math.hypot(372, 480) / 12),
        limit: 50,
      },
      {
        name: 'a crib on the straight line forces a detour round its 12 in clearance that takes the room over 50 ft (50.06 ft by hand)',
        plan: () => sleeping(32, 39.5, { crib: CRIB_AT }),
        also: (f) => {
          expect(f.measured!).toBeGreaterThan(round2(CRIB_STRAIGHT));
          expectWithin(f.measured, CRIB_EXACT);
          const path = f.geometry!.points;
          expect(path[0]).toEqual([384, 0]);
          expect(path.length).toBeGreaterThan(2);
        },
      },
      {
        name: 'a crib right beside the exit access door, across the line from the far corner: the path goes round it (50.85 ft by hand)',
        plan: () => sleeping(32, 39.5, { crib: NEAR_DOOR }),
        also: (f) => expectWithin(f.measured, NEAR_DOOR_EXACT),
      },
      {
        name: 'a sleeping room whose only other door opens into a closet has no exit access door',
        plan: () =>
          plan()
            .room('S', { ages: ['toddler'], rect: [0, 0, 20, 20], sleeping: true })
            .room('K', { use: 'closet', rect: [20, 0, 6, 6] })
            .room('R', { ages: ['preschool'], rect: [0, 20, 20, 20] })
            .door('dk', 'S', 'K')
            .exit('x', 'R', { side: 's' })
            .build(),
        subject: 'S',
        message: /no door that leads on to an exit/,
      },
    ],
  });
});

describe('travel.sleeping-room where the method\'s 12 in clearance leaves no way out', () => {
  /**
   * A nap room w × d ft above a corridor with the exit: a crib 11 in off the east wall and a changing table 2 in off
   * the north wall, 19.7 in apart, wall its north-east corner in at 12 in.
   */
  const napRoom = (w: number, d: number) =>
    plan({ kind: 'center', licensing: 'new' })
      .room('S', { ages: ['toddler'], rect: [0, 0, w, d], sleeping: true })
      .room('C', { use: 'corridor', rect: [-20, d, w + 20, 6] })
      .door('d', 'S', 'C', { along: 24 })
      .exit('x', 'C', { side: 'w' })
      .item('crib', 'crib', 'S', { at: [12 * w - 20, 50], size: [18, 28] })
      .item('table', 'diaper-table', 'S', { at: [12 * w - 46, 10], size: [18, 16] })
      .build();

  it('is measured again keeping half a body width off everything, and left for someone to verify', () => {
    const f = findingOf(napRoom(8, 6), 'travel.sleeping-room', 'S');
    expect(f.status).toBe('verify');
    expect(f.measured).toBeGreaterThan(5);
    expect(f.message).toMatch(/keeping only 6" \(half a body width\) off everything.*check that way out/);
  });

  it('leaves the rest of the room held to the limit: a 60 ft nap room still fails on its far corner', () => {
    const f = findingOf(napRoom(20, 60), 'travel.sleeping-room', 'S');
    expect(f.status).toBe('fail');
    expect(f.measured).toBeGreaterThan(50);
    expect(f.message).toMatch(/that a path leaves is .*; besides, no path leaves its point at/);
  });
});
