import type { RoomUse } from '../../src/model/schema.ts';
import type { CheckCase } from './checkTester.ts';
import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * egress.through-hazard, 5 CSR 25-500.087(4)(F): "Children shall not exit through a kitchen, bathroom, storage room,
 * furnace room, garage, or any other rooms or areas deemed hazardous by the fire inspector."
 *
 * Layouts (feet): P = preschool room [0, 0, 20, 20]; the hazard room X [20, 0, 12, 20] east of it.
 */

const center = () => plan({ kind: 'center', licensing: 'new' });

/** P's only door opens into a room of `use`, which holds the exit. */
const onlyThrough = (use: RoomUse) =>
  center()
    .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
    .room('X', { use, rect: [20, 0, 12, 20], name: `The ${use}` })
    .door('dx', 'P', 'X')
    .exit('xx', 'X', { side: 'e' })
    .build();

const HAZARDS: readonly [RoomUse, string][] = [
  ['bathroom', 'a bathroom'],
  ['storage', 'a storage room'],
  ['mechanical', 'a furnace (mechanical) room'],
  ['garage', 'a garage'],
];

describe('egress.through-hazard (5 CSR 25-500.087(4)(F))', () => {
  checkCases('egress.through-hazard', '5 CSR 25-500.087(4)(F)', {
    valid: [
      {
        name: 'the preschool room has another way out: its own exit, so it need not pass through the kitchen',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 20] })
            .door('dk', 'P', 'K')
            .exit('xk', 'K', { side: 'e' })
            .exit('xp', 'P', { side: 'w' })
            .build(),
        subject: 'P',
        message: /P reaches exit xp directly/,
      },
      {
        name: 'of a route through the kitchen and one down the corridor, the corridor is the route out',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 20] })
            .room('C', { use: 'corridor', rect: [0, 20, 32, 6] })
            .door('dk', 'P', 'K')
            .door('dc', 'P', 'C')
            .exit('xk', 'K', { side: 'e' })
            .exit('xc', 'C', { side: 'w' })
            .build(),
        subject: 'P',
        message: /exit xc via C without passing through/,
      },
      {
        name: 'a kitchen and a bathroom opening off the corridor the children use are not passed through',
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 20, 52, 6] })
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 20] })
            .room('B', { use: 'bathroom', rect: [32, 0, 8, 20] })
            .door('dp', 'P', 'C')
            .door('dk', 'K', 'C')
            .door('db', 'B', 'C')
            .exit('xc', 'C', { side: 'e' })
            .build(),
        subject: 'P',
        count: 1,
        message: /via C/,
      },
      {
        name: 'n/a when the plan has no kitchen, bathroom, storage, mechanical room or garage',
        plan: () => center().room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'P').build(),
        status: 'n/a',
        count: 1,
      },
    ],
    invalid: [
      {
        name: 'a preschool room whose only route out is through the kitchen fails, naming the kitchen',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 20], name: 'Kitchen' })
            .door('dk', 'P', 'K')
            .exit('xk', 'K', { side: 'e' })
            .build(),
        subject: 'P',
        message: /Every route from P to an exit passes through a kitchen, bathroom, storage room, furnace room or garage: Kitchen \(nearest way out via Kitchen, exit xk\)/,
      },
      {
        name: 'through the kitchen and on down a corridor: the kitchen is named though the exit is beyond it',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 20], name: 'Kitchen' })
            .room('C', { use: 'corridor', rect: [32, 0, 6, 40] })
            .door('dk', 'P', 'K')
            .door('dc', 'K', 'C')
            .exit('xc', 'C', { side: 's' })
            .build(),
        subject: 'P',
        message: /: Kitchen \(nearest way out via Kitchen, C, exit xc\)/,
      },
      ...HAZARDS.map(
        ([use, what]): CheckCase => ({
          name: `a preschool room whose only route out is through ${what} fails, naming it`,
          plan: () => onlyThrough(use),
          subject: 'P',
          message: new RegExp(`passes through .*: The ${use} \\(nearest way out via The ${use}, exit xx\\)`),
        }),
      ),
    ],
  });
});
