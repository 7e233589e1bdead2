import { checkCases } from './checkTester.ts';
import { plan, type FacilityOptions, type Rect } from './planBuilder.ts';

/** A center with one preschool room of the given size (feet) and an exit. */
const center = (rect: Rect, f: FacilityOptions = {}, ages: ('two' | 'preschool' | 'schoolAge')[] = ['preschool']) =>
  plan({ kind: 'center', licensing: 'new', ...f }).room('P', { ages, rect }).exit('x', 'P');

describe('space.preschool (5 CSR 25-500.082(2)(B)1.A)', () => {
  checkCases('space.preschool', '5 CSR 25-500.082(2)(B)1.A', {
    valid: [
      {
        name: 'without an enrollment, 700 sq ft of preschool space allows 20 children at 35 sq ft — 082(2)(B)1.A',
        plan: () => center([0, 0, 20, 35]).build(),
        measured: 20,
        unit: 'children',
      },
      {
        name: 'the facility is counted as a whole: two rooms of 52.5 sq ft allow 3 (105 / 35), not 1 + 1 — 082(2)(B)1.A',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('P1', { ages: ['preschool'], rect: [0, 0, 7, 7.5] })
            .room('P2', { ages: ['preschool'], rect: [7, 0, 7, 7.5] })
            .door('d', 'P1', 'P2')
            .exit('x', 'P1')
            .build(),
        measured: 3,
        message: /105\.0 sq ft .* allows 3 children .*by room: P1 1, P2 1/,
      },
      {
        name: 'exactly 35.0 sq ft per child meets the rule, with a warning within 5%: 20 children in 700 sq ft — 082(2)(B)1.A',
        plan: () => center([0, 0, 20, 35], { enrollment: { preschool: 20 } }).build(),
        status: 'warn',
        measured: 35,
        limit: 35,
        unit: 'sq ft per child',
      },
      {
        name: '36.7 sq ft per child is still within 5% of 35: warn',
        plan: () => center([0, 0, 10, 36.7], { enrollment: { preschool: 10 } }).build(),
        status: 'warn',
        measured: 36.7,
      },
      {
        name: '36.75 sq ft per child (35 + 5%) passes without a warning',
        plan: () => center([0, 0, 20, 36.75], { enrollment: { preschool: 20 } }).build(),
        status: 'pass',
        measured: 36.75,
      },
      {
        name: '19 children in 700 sq ft have 36.84 sq ft each: pass',
        plan: () => center([0, 0, 20, 35], { enrollment: { preschool: 19 } }).build(),
        measured: 36.84,
        limit: 35,
      },
      {
        name: 'school-age children count at 35 sq ft with preschoolers: 10 + 10 in 700 sq ft — 082(2)(B)1.A',
        plan: () => center([0, 0, 20, 35], { enrollment: { preschool: 10, schoolAge: 10 } }, ['preschool', 'schoolAge']).build(),
        status: 'warn',
        measured: 35,
      },
      {
        name: 'two-year-olds in a mixed preschool group count here: 4 twos + 16 preschoolers in 700 sq ft — 500.112(1)(E)',
        plan: () => center([0, 0, 20, 35], { enrollment: { two: 4, preschool: 16 } }, ['two', 'preschool']).build(),
        status: 'warn',
        measured: 35,
      },
      {
        name: 'two-year-olds in a room of their own are counted in infant/toddler space, not here — 082(2)(B)2.B.(II)',
        plan: () =>
          center([0, 0, 20, 35], { enrollment: { two: 10, preschool: 19 } })
            .room('T', { ages: ['two'], rect: [20, 0, 20, 20] })
            .door('d', 'P', 'T')
            .build(),
        measured: 36.84,
      },
      {
        name: 'the space of every preschool room is added: 350 + 350 sq ft for 20 children is 35 each',
        plan: () =>
          plan({ kind: 'center', licensing: 'new', enrollment: { preschool: 20 } })
            .room('P1', { ages: ['preschool'], rect: [0, 0, 10, 35] })
            .room('P2', { ages: ['preschool'], rect: [10, 0, 10, 35] })
            .door('d', 'P1', 'P2')
            .exit('x', 'P1')
            .build(),
        status: 'warn',
        measured: 35,
      },
      {
        name: 'a bathroom, kitchen and hallway add nothing: still 700 sq ft for 20 — 082(2)(B)1.C',
        plan: () =>
          center([0, 0, 20, 35], { enrollment: { preschool: 20 } })
            .bathroom('B', [20, 0, 8, 8], { doorTo: 'P' })
            .room('K', { use: 'kitchen', rect: [20, 8, 10, 10] })
            .room('C', { use: 'corridor', rect: [20, 18, 5, 17] })
            .build(),
        status: 'warn',
        measured: 35,
      },
      {
        name: 'an enrollment of infants only leaves the preschool room to report what it allows',
        plan: () =>
          center([0, 0, 20, 35], { enrollment: { infant: 4 } })
            .room('I', { ages: ['infant'], rect: [20, 0, 15, 15] })
            .door('d', 'P', 'I')
            .build(),
        measured: 20,
        unit: 'children',
      },
      {
        name: 'n/a when no room is used for preschool or school-age children',
        plan: () => plan().room('I', { ages: ['infant'], rect: [0, 0, 20, 20] }).exit('x', 'I').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: '34.9 sq ft per child fails: 10 children in 349 sq ft — 082(2)(B)1.A',
        plan: () => center([0, 0, 10, 34.9], { enrollment: { preschool: 10 } }).build(),
        measured: 34.9,
        limit: 35,
      },
      {
        name: '21 children in 700 sq ft have 33.33 sq ft each — 082(2)(B)1.A',
        plan: () => center([0, 0, 20, 35], { enrollment: { preschool: 21 } }).build(),
        measured: 33.33,
      },
      {
        name: 'deducted furniture counts against the children: 20 children in 700 - 5 sq ft (adult shelving) — 082(2)(B)1.C',
        plan: () => center([0, 0, 20, 35], { enrollment: { preschool: 20 } }).item('s', 'shelving', 'P').build(),
        measured: 34.75,
      },
      {
        name: 'two-year-olds with no room of their own are counted with the preschoolers: 1 + 20 in 700 sq ft',
        plan: () => center([0, 0, 20, 35], { enrollment: { two: 1, preschool: 20 } }, ['two', 'preschool']).build(),
        measured: 33.33,
      },
      {
        name: 'preschoolers enrolled but no room drawn for their ages',
        plan: () => plan({ enrollment: { preschool: 5, infant: 2 } }).room('I', { ages: ['infant'], rect: [0, 0, 20, 20] }).exit('x', 'I').build(),
        measured: 0,
        limit: 35,
      },
      {
        name: 'a preschool room with no usable space left allows no children',
        plan: () => center([0, 0, 10, 10]).item('f', 'furniture', 'P', { size: [120, 120] }).build(),
        measured: 0,
      },
    ],
  });
});
