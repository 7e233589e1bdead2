import type { RoomUse } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { plan, type WindowOptions } from './planBuilder.ts';

const withWindow = (o: WindowOptions, use: RoomUse = 'child-care') =>
  plan({ kind: 'center', licensing: 'new' })
    .room('R', { use, rect: [0, 0, 20, 20], ...(use === 'child-care' ? { ages: ['preschool' as const] } : {}) })
    .exit('x', 'R', { side: 'n' })
    .window('w', 'R', { side: 's', ...o })
    .build();

describe('indoor.window-barrier (5 CSR 25-500.082(2)(A)2)', () => {
  checkCases('indoor.window-barrier', '5 CSR 25-500.082(2)(A)2', {
    valid: [
      {
        name: 'a sill of exactly 24" is not "less than twenty-four inches": no barrier needed — 082(2)(A)2',
        plan: () => withWindow({ sill: 24 }),
        subject: 'w',
        measured: 24,
        limit: 24,
        unit: 'in',
      },
      {
        name: 'a 36" sill needs no barrier',
        plan: () => withWindow({ sill: 36 }),
        subject: 'w',
        measured: 36,
      },
      {
        name: 'a low window (18") of safety glass needs no barrier — 082(2)(A)2',
        plan: () => withWindow({ sill: 18, safetyGlass: true }),
        subject: 'w',
        measured: 18,
      },
      {
        name: 'a low window (18") with a fall barrier — 082(2)(A)2',
        plan: () => withWindow({ sill: 18, barrier: true }),
        subject: 'w',
        measured: 18,
      },
      {
        name: 'a floor-to-ceiling window (sill 0) with a barrier',
        plan: () => withWindow({ sill: 0, barrier: true }),
        subject: 'w',
        measured: 0,
      },
      {
        name: 'n/a with no windows drawn',
        plan: () => plan().room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'R').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a 23.9" sill without safety glass or a barrier — 082(2)(A)2',
        plan: () => withWindow({ sill: 23.9 }),
        subject: 'w',
        measured: 23.9,
        limit: 24,
      },
      {
        name: 'a 12" sill, plain glass, no barrier',
        plan: () => withWindow({ sill: 12, safetyGlass: false, barrier: false }),
        subject: 'w',
        measured: 12,
      },
      {
        name: 'the rule covers windows of the facility, not only classrooms: a low window in the kitchen',
        plan: () => withWindow({ sill: 12 }, 'kitchen'),
        subject: 'w',
      },
      {
        name: 'each low window is judged: one of two windows fails',
        plan: () =>
          plan()
            .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .window('hi', 'R', { side: 's', sill: 30 })
            .window('lo', 'R', { side: 'e', sill: 10 })
            .build(),
        subject: 'lo',
        count: 2,
        also: (_f, all) => expect(all.find((x) => x.subject === 'hi')?.status).toBe('pass'),
      },
    ],
  });
});
