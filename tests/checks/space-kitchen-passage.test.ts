import { checkCases, engineDisagrees } from './checkTester.ts';
import { findingsOf, plan } from './planBuilder.ts';

// Layouts (feet): P = child-care room, K = kitchen, C = corridor.
const center = () => plan({ kind: 'center', licensing: 'new' });

describe('space.kitchen-passage (5 CSR 25-500.082(5)(F))', () => {
  checkCases('space.kitchen-passage', '5 CSR 25-500.082(5)(F)', {
    valid: [
      {
        name: 'a child-care room with its own exit, the kitchen beside it with a door: no child passes through the kitchen',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 12] })
            .door('dk', 'P', 'K')
            .exit('x', 'P', { side: 'w' })
            .build(),
        subject: 'P',
        message: /directly/,
      },
      {
        name: 'child-care rooms reach the exit down a corridor; the kitchen opens off the same corridor',
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 20, 50, 6] })
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('I', { ages: ['infant'], rect: [20, 0, 18, 20] })
            .room('K', { use: 'kitchen', rect: [38, 0, 12, 20] })
            .door('dp', 'P', 'C')
            .door('di', 'I', 'C')
            .door('dk', 'K', 'C')
            .exit('xc', 'C', { side: 'w' })
            .build(),
        count: 2,
        subject: 'I',
        message: /via C/,
      },
      {
        name: 'of two routes, one through the kitchen and one down the corridor, the corridor is taken',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 20] })
            .room('C', { use: 'corridor', rect: [0, 20, 32, 6] })
            .door('dpk', 'P', 'K')
            .door('dpc', 'P', 'C')
            .exit('xk', 'K', { side: 'e' })
            .exit('xc', 'C', { side: 'w' })
            .build(),
        subject: 'P',
        message: /exit xc via C/,
      },
      {
        name: 'n/a when the plan has no kitchen',
        plan: () => center().room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'P').build(),
        status: 'n/a',
      },
      {
        name: 'n/a when no child-care room is drawn',
        plan: () => center().room('K', { use: 'kitchen', rect: [0, 0, 12, 12] }).exit('x', 'K').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: "a child-care room whose only door opens into the kitchen, which holds the exit — 082(5)(F)",
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 12] })
            .door('dk', 'P', 'K')
            .exit('xk', 'K', { side: 'e' })
            .build(),
        subject: 'P',
        message: /passes through a kitchen: K/,
      },
      {
        name: 'a child-care room whose route runs through the kitchen and on down the corridor — 082(5)(F)',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 20] })
            .room('C', { use: 'corridor', rect: [32, 0, 6, 20] })
            .door('dpk', 'P', 'K')
            .door('dkc', 'K', 'C')
            .exit('xc', 'C', { side: 'e' })
            .build(),
        subject: 'P',
      },
      {
        name: 'the infant room is held to the same rule: its only way out is through the kitchen — 082(5)(F)',
        plan: () =>
          center()
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 12] })
            .door('dk', 'I', 'K')
            .exit('xk', 'K', { side: 'e' })
            .build(),
        subject: 'I',
      },
      {
        name: 'a plan with a kitchen and no exit at all fails as a whole',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('K', { use: 'kitchen', rect: [20, 0, 12, 12] })
            .door('dk', 'P', 'K')
            .build(),
        subject: null,
      },
    ],
  });

  engineDisagrees(
    "children whose bathroom can be reached only through the kitchen use it as a passageway — 082(5)(F)",
    '082(5)(F) says kitchens "shall not be used ... as passageways for children", for any trip, and 082(3)(A)3 wants the ' +
      'toilets convenient for the children. The engine (and checks.md) looks only at each room\'s route to an exit, which ' +
      'here goes straight out of the child-care room.',
    () => {
      const p = center()
        .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
        .room('K', { use: 'kitchen', rect: [20, 0, 12, 12] })
        .bathroom('B', [32, 0, 8, 8], { doorTo: 'K' })
        .door('dk', 'P', 'K')
        .exit('x', 'P', { side: 'w' })
        .build();
      expect(findingsOf(p, 'space.kitchen-passage').some((f) => f.status === 'fail')).toBe(true);
    },
  );
});
