import type { AgeBand, Room } from '../../src/model/schema.ts';
import { checkCases, settledReading } from './checkTester.ts';
import { findingOf, plan, type FacilityOptions } from './planBuilder.ts';

const room = (f: FacilityOptions, ages: AgeBand[], floor: Room['floor'] | undefined, altered?: boolean) =>
  plan({ kind: 'center', licensing: 'new', ...f })
    .room('R', { ages, rect: [0, 0, 20, 20], ...(floor ? { floor } : {}), ...(altered !== undefined ? { altered } : {}) })
    .exit('x', 'R')
    .build();
const NEW: FacilityOptions = { licensing: 'new' };
const EXISTING: FacilityOptions = { licensing: 'existing' };

describe('indoor.floor (5 CSR 25-500.082(2)(A)7, (2)(B)2.B.(VI))', () => {
  checkCases('indoor.floor', '5 CSR 25-500.082(2)(A)7, (2)(B)2.B.(VI)', {
    valid: [
      ...(['carpet', 'tile', 'linoleum', 'wood'] as const).map((floor) => ({
        name: `a preschool room with a ${floor} floor — 082(2)(A)7`,
        plan: () => room(NEW, ['preschool'], floor),
        subject: 'R',
      })),
      ...(['tile', 'linoleum', 'wood'] as const).map((floor) => ({
        name: `new infant/toddler space with a ${floor} floor — 082(2)(B)2.B.(VI)`,
        plan: () => room(NEW, ['infant', 'toddler'], floor),
        subject: 'R',
      })),
      {
        name: 'carpet in infant space licensed before the rules and unaltered — (VI) bans carpet only in new space',
        plan: () => room(EXISTING, ['infant'], 'carpet'),
        subject: 'R',
      },
      {
        name: 'carpet in a new room of only two-year-olds (not infant/toddler space)',
        plan: () => room(NEW, ['two'], 'carpet'),
        subject: 'R',
      },
      {
        name: 'no floor covering set: verify',
        plan: () => room(NEW, ['preschool'], undefined),
        subject: 'R',
        status: 'verify',
      },
      {
        name: 'a concrete floor outside child care space (a garage) is not judged',
        plan: () =>
          plan()
            .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20], floor: 'tile' })
            .room('G', { use: 'garage', rect: [20, 0, 20, 20], floor: 'concrete' })
            .exit('x', 'R')
            .build(),
        subject: 'R',
        count: 1,
      },
      {
        name: 'n/a with no child-care rooms',
        plan: () => plan().room('O', { use: 'office', rect: [0, 0, 10, 10], floor: 'concrete' }).exit('x', 'O').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a bare concrete floor in a preschool room — 082(2)(A)7',
        plan: () => room(EXISTING, ['preschool'], 'concrete'),
        subject: 'R',
        citation: '5 CSR 25-500.082(2)(A)7',
      },
      {
        name: 'carpet in new infant/toddler space — 082(2)(B)2.B.(VI)',
        plan: () => room(NEW, ['infant', 'toddler'], 'carpet'),
        subject: 'R',
        citation: '5 CSR 25-500.082(2)(B)2.B.(VI)',
      },
      {
        name: 'carpet in an altered (new) infant room of an existing center — 082(2)(B)2.B.(VI) "adding new infant/toddler space"',
        plan: () => room(EXISTING, ['toddler'], 'carpet', true),
        subject: 'R',
        citation: '5 CSR 25-500.082(2)(B)2.B.(VI)',
      },
      {
        name: 'a concrete floor in an infant room',
        plan: () => room(EXISTING, ['infant'], 'concrete'),
        subject: 'R',
        citation: '5 CSR 25-500.082(2)(A)7',
      },
    ],
  });

  settledReading(
    'carpet in the infant room of a small group home (at most 4 infant/toddlers) is not judged by 082(2)(B)2.B.(VI)',
    '2.B, and so its carpet ban (VI), applies only to homes licensed for more than 4 infant/toddlers and centers of more ' +
      'than 20 children or more than 4 infant/toddlers; a small home falls under 2.A, whose (II) asks for a resilient, ' +
      'washable crawl area (which a plan cannot delineate), not for a carpet-free room. The engine fails the room citing (VI).',
    () => {
      const p = plan({ kind: 'group-home', licensing: 'new', enrollment: { infant: 2, toddler: 2, preschool: 8 } })
        .room('R', { ages: ['infant', 'toddler'], rect: [0, 0, 20, 20], floor: 'carpet' })
        .exit('x', 'R')
        .build();
      expect(findingOf(p, 'indoor.floor', 'R').status).not.toBe('fail');
    },
  );
});
