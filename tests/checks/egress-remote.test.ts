import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * egress.remote, 5 CSR 25-500.087(1)(P): "Remote exit or means of egress is when two (2) exits or two (2) exit access
 * doors are required. Each exit or exit access door shall be placed at a distance apart equal to at least one-half
 * (1/2) the length of the maximum overall diagonal dimension of the building or area to be used"; (4)(A) requires two
 * remotely located means of egress per level; (6) two means of egress from every infant/toddler room.
 *
 * checks.md (Remoteness): straight-line distance between the nearest edges of the two openings ≥ ½ the diameter of
 * the convex hull of the area served; no sprinkler reduction.
 *
 * The room used below is 40 × 30 ft: its diagonal is 50 ft, so the exits must be 25 ft (300") apart.
 */

const center = (o: { sprinklered?: boolean } = {}) => plan({ kind: 'center', licensing: 'new', sprinklered: o.sprinklered ?? false });

/**
 * Exit x1 on the west wall with its lower jamb at (0, 120); exit x2 on the south wall with its west jamb at (x, 360),
 * x = √(separation² − 240²), so the nearest edges of the openings are `separation` inches apart (300" gives x = 180:
 * 180-240-300).
 */
const perpendicular = (separation: number, o: { sprinklered?: boolean } = {}) => {
  const x = Math.sqrt(separation ** 2 - 240 ** 2);
  return center(o)
    .room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] })
    .exit('x1', 'R', { a: [0, 84], b: [0, 120] })
    .exit('x2', 'R', { a: [x, 360], b: [x + 36, 360] })
    .build();
};

/** Both exits on the south wall: x1 with jambs 12..48", x2 starting `separation` inches east of x1's east jamb. */
const sameWall = (separation: number) =>
  center()
    .room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] })
    .exit('x1', 'R', { a: [12, 360], b: [48, 360] })
    .exit('x2', 'R', { a: [48 + separation, 360], b: [84 + separation, 360] })
    .build();

describe('egress.remote (5 CSR 25-500.087(1)(P), (4)(A))', () => {
  checkCases('egress.remote', '5 CSR 25-500.087(1)(P), (4)(A)', {
    valid: [
      {
        name: 'exits exactly half the 50 ft diagonal apart (300", 180-240-300) are remote: at the limit (warn, not fail)',
        plan: () => perpendicular(300),
        subject: 'L1',
        status: 'warn',
        measured: 25,
        limit: 25,
        unit: 'ft',
        message: /exits x1 and x2 are 25'-0" apart; half the 50'-0" diagonal is 25'-0"/,
        also: (f) => {
          const [p, q] = f.geometry!.points as [readonly [number, number], readonly [number, number]];
          expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeCloseTo(300, 6);
        },
      },
      {
        name: 'exits in opposite end walls, 40 ft apart: remote',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] })
            .exit('x1', 'R', { side: 'w' })
            .exit('x2', 'R', { side: 'e' })
            .build(),
        subject: 'L1',
        measured: 40,
        limit: 25,
      },
      {
        name: 'the area served is the whole level: two rooms 80 × 30 ft (diagonal 85.44 ft), exits at the far ends 80 ft apart',
        plan: () =>
          center()
            .room('A', { ages: ['preschool'], rect: [0, 0, 40, 30] })
            .room('B', { ages: ['preschool'], rect: [40, 0, 40, 30] })
            .door('d', 'A', 'B')
            .exit('x1', 'A', { side: 'w' })
            .exit('x2', 'B', { side: 'e' })
            .build(),
        subject: 'L1',
        measured: 80,
        limit: Math.round((Math.hypot(80, 30) / 2) * 100) / 100,
      },
      {
        name: 'on one wall: exits whose nearest jambs are exactly 300" apart are remote (warn, not fail)',
        plan: () => sameWall(300),
        subject: 'L1',
        status: 'warn',
        measured: 25,
        limit: 25,
        settledReading:
          'it reports the exits 0" apart and fails: closestBetweenSegments (geometry/clearance.ts) treats any two collinear segments as meeting (segmentsMeet is true when all four cross products are 0), so two doors on one straight wall always measure 0',
      },
      {
        name: 'sprinklers give no reduction, but exactly ½ the diagonal still meets the rule',
        plan: () => perpendicular(300, { sprinklered: true }),
        subject: 'L1',
        status: 'warn',
        limit: 25,
      },
      {
        name: 'n/a when no level has a child-care room',
        plan: () => plan().room('O', { use: 'office', rect: [0, 0, 10, 10] }).exit('x', 'O').build(),
        status: 'n/a',
        count: 1,
      },
    ],
    invalid: [
      {
        name: 'exits 1" short of half the diagonal (299") are not remote',
        plan: () => perpendicular(299),
        subject: 'L1',
        measured: 24.92,
        limit: 25,
      },
      {
        name: 'sprinklered, 1" short: still not remote (Missouri gives no ⅓ reduction)',
        plan: () => perpendicular(299, { sprinklered: true }),
        subject: 'L1',
        measured: 24.92,
        limit: 25,
      },
      {
        name: 'on one wall: nearest jambs 299" apart, 1" short',
        plan: () => sameWall(299),
        subject: 'L1',
        measured: 24.92,
        limit: 25,
        settledReading: 'it fails for the wrong figure: the collinear exits measure 0" apart (closestBetweenSegments), not 299"',
      },
      {
        name: 'a level with one exit has no pair to be remote',
        plan: () => center().room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] }).exit('x1', 'R').build(),
        subject: 'L1',
        message: /fewer than two exits/,
      },
      {
        name: "an infant room's two means of egress side by side on one corner are not remote (087(6) requires two)",
        // Infant room 20 × 20 ft (diagonal 28.28 ft, half 14.14 ft): exit x1 on the west wall at y 12..48", door d to
        // the hall on the north wall at x 12..48": nearest edges (0, 12) and (12, 0), 16.97" apart.
        plan: () =>
          center({ sprinklered: true })
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .room('H', { use: 'corridor', rect: [0, -6, 40, 6] })
            .exit('x1', 'I', { a: [0, 12], b: [0, 48] })
            .door('d', 'I', 'H', { a: [12, 0], b: [48, 0] })
            .exit('x2', 'H', { side: 'e' })
            .build(),
        subject: 'I',
        otherFindings: 'any',
        measured: 1.41,
        limit: 14.14,
      },
    ],
  });
});
