import { checkCases } from './checkTester.ts';
import { plan, type FacilityOptions } from './planBuilder.ts';

const room = (f: FacilityOptions, ceilingHeight: number | undefined, altered?: boolean) =>
  plan({ kind: 'center', ...f })
    .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20], ...(ceilingHeight !== undefined ? { ceilingHeight } : {}), ...(altered !== undefined ? { altered } : {}) })
    .exit('x', 'R')
    .build();
const NEW: FacilityOptions = { licensing: 'new' };
const EXISTING: FacilityOptions = { licensing: 'existing' };

describe('indoor.ceiling (5 CSR 25-500.087(2)(U))', () => {
  checkCases('indoor.ceiling', '5 CSR 25-500.087(2)(U)', {
    valid: [
      {
        name: "a new licence: a ceiling of exactly 7'-6\" meets the rule, warned within 5% — 087(2)(U)",
        plan: () => room(NEW, 90),
        subject: 'R',
        status: 'warn',
        measured: 90,
        limit: 90,
        unit: 'in',
      },
      {
        name: "a new licence: 94.5\" (7'-6\" + 5%) passes",
        plan: () => room(NEW, 94.5),
        subject: 'R',
        measured: 94.5,
        limit: 90,
      },
      {
        name: "space approved before the rules: exactly 7'-0\" meets the rule, warned — 087(2)(U)",
        plan: () => room(EXISTING, 84),
        subject: 'R',
        status: 'warn',
        measured: 84,
        limit: 84,
      },
      {
        name: 'space approved before the rules: 88.2" (7 ft + 5%) passes',
        plan: () => room(EXISTING, 88.2),
        subject: 'R',
        measured: 88.2,
        limit: 84,
      },
      {
        name: "altered space of an existing facility needs 7'-6\": 96\" passes — 087(2)(U)",
        plan: () => room(EXISTING, 96, true),
        subject: 'R',
        measured: 96,
        limit: 90,
      },
      {
        name: 'no height set: the 8 ft default is a warning until measured',
        plan: () => room(NEW, undefined),
        subject: 'R',
        status: 'warn',
        measured: 96,
        limit: 90,
      },
      {
        name: 'rooms that are not child care space are not judged',
        plan: () =>
          plan()
            .room('R', { ages: ['preschool'], rect: [0, 0, 20, 20], ceilingHeight: 96 })
            .room('S', { use: 'storage', rect: [20, 0, 8, 8], ceilingHeight: 60 })
            .exit('x', 'R')
            .build(),
        subject: 'R',
        count: 1,
      },
      {
        name: 'n/a with no child-care rooms',
        plan: () => plan().room('O', { use: 'office', rect: [0, 0, 10, 10], ceilingHeight: 70 }).exit('x', 'O').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: "a new licence: 89.9\" is under 7'-6\" — 087(2)(U)",
        plan: () => room(NEW, 89.9),
        subject: 'R',
        measured: 89.9,
        limit: 90,
      },
      {
        name: "space approved before the rules: 83.9\" is under 7'-0\" — 087(2)(U)",
        plan: () => room(EXISTING, 83.9),
        subject: 'R',
        measured: 83.9,
        limit: 84,
      },
      {
        name: "altered space of an existing facility: 7'-0\" is not enough, it needs 7'-6\" — 087(2)(U)",
        plan: () => room(EXISTING, 84, true),
        subject: 'R',
        measured: 84,
        limit: 90,
      },
    ],
  });
});
