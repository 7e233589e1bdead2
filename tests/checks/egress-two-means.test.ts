import { checkCases } from './checkTester.ts';
import { firePlan } from './fireSafetyPlan.ts';
import { plan } from './planBuilder.ts';

/**
 * egress.two-means, 5 CSR 25-500.087(4)(A): "Each level occupied by children shall have at least two (2) remotely
 * located means of egress." (1)(C): exits include exterior exit doors and separated exit stairs; (1)(M): a means of
 * egress is "a continuous and unobstructed way of travel from any point in a building or structure to a public way".
 */

const center = () => plan({ kind: 'center', licensing: 'new' });

/**
 * Main floor: room R with exit x1 and a door into stair S1 up to L2 (enclosed: with its own door out at the foot).
 * Second floor: room U with a door into stair S2 (and into a second enclosed stair S3 when `secondExit`).
 */
const twoLevels = (o: { secondExit?: boolean; enclosed?: boolean } = {}) => {
  const enclosed = o.enclosed ?? true;
  const b = firePlan()
    .level('L1', 0, 'Main floor')
    .room('R', [0, 0, 30, 20])
    .stair('S1', [30, 0, 10, 20], 'L2', { enclosed })
    .door('x1', 'R', 'outside', { side: 'w' })
    .door('ds1', 'R', 'S1');
  if (enclosed) b.door('x2', 'S1', 'outside', { side: 'e' });
  b.level('L2', 120, 'Second floor')
    .room('U', [0, 0, 30, 20])
    .stair('S2', [30, 0, 10, 20], 'L1', { enclosed })
    .door('du', 'U', 'S2');
  if (o.secondExit) b.stair('S3', [-10, 0, 10, 20], 'L1').door('du2', 'U', 'S3');
  return b.build();
};

describe('egress.two-means (5 CSR 25-500.087(4)(A))', () => {
  checkCases('egress.two-means', '5 CSR 25-500.087(4)(A)', {
    valid: [
      {
        name: 'a one-room level with two doors outside',
        plan: () => center().room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] }).exit('x1', 'R', { side: 'w' }).exit('x2', 'R', { side: 'e' }).build(),
        subject: 'L1',
        measured: 2,
        limit: 2,
        unit: 'exits',
        message: /has 2 exits: x1 \(outside\), x2 \(outside\)/,
      },
      {
        name: 'a door into an enclosed exit stair is an exit: an upper level with two enclosed stairs has two means of egress',
        plan: () => twoLevels({ secondExit: true }),
        subject: 'L2',
        measured: 2,
      },
      {
        name: 'a door outside without level exit discharge still counts as a means of egress (only infant rooms and upper levels need the level one)',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] })
            .exit('x1', 'R', { side: 'w' })
            .exit('x2', 'R', { side: 'e', levelDischarge: false })
            .build(),
        subject: 'L1',
        measured: 2,
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
        name: 'a level with one exit',
        plan: () => center().room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] }).exit('x1', 'R').build(),
        subject: 'L1',
        measured: 1,
        limit: 2,
        message: /only one exit \(x1 \(outside\)\)/,
      },
      {
        name: 'a level with no exit',
        plan: () => center().room('R', { ages: ['preschool'], rect: [0, 0, 40, 30] }).build(),
        subject: 'L1',
        measured: 0,
        message: /no exit/,
      },
      {
        name: "the provider's own front door (from the family quarters) is not a means of egress of the child care",
        plan: () =>
          plan({ kind: 'group-home', licensing: 'new' })
            .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('F', { use: 'family', rect: [20, 0, 20, 20] })
            .door('df', 'R', 'F')
            .exit('x1', 'R', { side: 'w' })
            .exit('xf', 'F', { side: 'e' })
            .build(),
        subject: 'L1',
        measured: 1,
      },
      {
        name: 'an upper level whose only way down is one enclosed stair',
        plan: () => twoLevels(),
        subject: 'L2',
        otherFindings: 'any',
        measured: 1,
        message: /Second floor has only one exit \(du \(S2\)\)/,
      },
      {
        name: 'a door into an open (unenclosed) stair is not an exit: the main floor has one',
        plan: () => twoLevels({ enclosed: false }),
        subject: 'L1',
        otherFindings: 'any',
        measured: 1,
      },
      {
        name: 'an exit the children cannot reach (in an office with no door to the child-care room) is not one of their means of egress',
        plan: () =>
          center()
            .room('R', { ages: ['preschool'], rect: [0, 0, 30, 20] })
            .room('O', { use: 'office', rect: [30, 0, 10, 20] })
            .exit('x1', 'R', { side: 'w' })
            .exit('x2', 'O', { side: 'e' })
            .build(),
        subject: 'L1',
        also: (f) => expect(f.measured).toBeLessThan(2),
        settledReading:
          'it counts every exit drawn on the level (2), reachable or not; (1)(M) makes a means of egress a continuous way of travel from the occupied point, and the office exit is no way out for children in R',
      },
    ],
  });
});
