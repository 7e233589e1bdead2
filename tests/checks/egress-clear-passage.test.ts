import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * egress.clear-passage, 5 CSR 25-500.092(1)(A)2 (furniture arranged to leave a clear passage to every exit; no door
 * opening blocked). The engine keeps the clear width of every door on a route out, carried 18" into each room it
 * joins, free of furniture; and every point of a child-care room must have a path out 12" clear of items.
 *
 * Room P [0, 0, 20, 20] ft; its exit x is centred on the south wall: jambs (102, 240) and (138, 240). A shelf is
 * 48 × 15 in; `gap` is the distance from the wall to its near face.
 */

const center = () => plan({ kind: 'center', licensing: 'new' });

const shelfBefore = (gap: number, x = 120) =>
  center()
    .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
    .exit('x', 'P', { side: 's' })
    .item('sh', 'shelving', 'P', { at: [x, 240 - gap - 7.5], size: [48, 15] })
    .build();

describe('egress.clear-passage (5 CSR 25-500.092(1)(A)2)', () => {
  checkCases('egress.clear-passage', '5 CSR 25-500.092(1)(A)2', {
    valid: [
      {
        name: 'a shelf standing 18" in front of the exit leaves its approach clear',
        plan: () => shelfBefore(18),
        subject: 'x',
        message: /Door x on the way out is clear of furniture/,
      },
      {
        name: 'a shelf against the wall beside the door (12" from the jamb) does not stand in front of it',
        plan: () => shelfBefore(0, 174),
        subject: 'x',
      },
      {
        name: 'n/a when no child-care room has a route to an exit',
        plan: () => plan().room('O', { use: 'office', rect: [0, 0, 10, 10] }).exit('x', 'O').build(),
        status: 'n/a',
        count: 1,
      },
    ],
    invalid: [
      {
        name: 'a shelf against the wall right in front of the exit blocks it, and is named',
        plan: () => shelfBefore(0),
        subject: 'x',
        message: /shelving sh stands in front of door x; keep 18" clear/,
      },
      {
        name: 'a shelf 17" in front of the exit is inside the 18" approach',
        plan: () => shelfBefore(17),
        subject: 'x',
      },
      {
        name: 'a shelf in the corridor in front of the classroom door blocks a door on the route out',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('C', { use: 'corridor', rect: [0, 20, 40, 6] })
            .door('dp', 'P', 'C')
            .exit('xc', 'C', { side: 'e' })
            .item('sh', 'shelving', 'C', { at: [120, 7.5], size: [48, 15] })
            .build(),
        subject: 'dp',
        otherFindings: 'any',
        message: /shelving sh stands in front of door dp/,
      },
      {
        name: 'a partition wall to wall cuts the far half of the room off from every door',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 30] })
            .exit('x', 'P', { side: 's' })
            .item('pt', 'partition', 'P', { at: [120, 120], size: [240, 4] })
            .build(),
        subject: 'P',
        otherFindings: 'any',
        message: /cuts part of the room off from its doors/,
      },
    ],
  });
});
