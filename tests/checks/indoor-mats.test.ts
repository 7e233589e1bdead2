import { checkCases } from './checkTester.ts';
import { plan, type ItemOptions } from './planBuilder.ts';

const withClimber = (o: ItemOptions) =>
  plan({ kind: 'center', licensing: 'new' })
    .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20], floor: 'carpet' })
    .exit('x', 'P')
    .item('climber', 'indoor-climber', 'P', o)
    .build();

describe('indoor.mats (5 CSR 25-500.082(2)(A)8)', () => {
  checkCases('indoor.mats', '5 CSR 25-500.082(2)(A)8', {
    valid: [
      {
        name: 'a climber of exactly 24" is not "over twenty-four inches": no mat needed — 082(2)(A)8',
        plan: () => withClimber({ height: 24 }),
        subject: 'climber',
        measured: 24,
        limit: 24,
        unit: 'in',
      },
      {
        name: 'a 20" climber needs no mat',
        plan: () => withClimber({ height: 20 }),
        subject: 'climber',
        measured: 20,
      },
      {
        name: 'a 36" climber with a resilient mat under it — 082(2)(A)8',
        plan: () => withClimber({ height: 36, mat: true }),
        subject: 'climber',
        measured: 36,
      },
      {
        name: 'a 24.5" climber with a mat',
        plan: () => withClimber({ height: 24.5, mat: true }),
        subject: 'climber',
        measured: 24.5,
      },
      {
        name: 'a climber with no height drawn: warn, its height decides whether a mat is needed',
        plan: () => withClimber({}),
        subject: 'climber',
        status: 'warn',
        measured: null,
      },
      {
        name: 'n/a with no indoor climbing equipment',
        plan: () => plan().room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'P').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a 24.5" climber on carpet without a mat — 082(2)(A)8 "carpeting alone is not acceptable"',
        plan: () => withClimber({ height: 24.5 }),
        subject: 'climber',
        measured: 24.5,
        limit: 24,
      },
      {
        name: 'a 48" climber without a mat',
        plan: () => withClimber({ height: 48, mat: false }),
        subject: 'climber',
        measured: 48,
      },
    ],
  });
});
