import type { Enrollment } from '../../src/model/schema.ts';
import { checkCases, engineDisagrees } from './checkTester.ts';
import { findingOf, plan } from './planBuilder.ts';

/** A new large center with an 18 x 20 ft infant/toddler room (8 at 45 sq ft) and a preschool room. */
const center = (enrollment?: Enrollment) =>
  plan({ kind: 'center', licensing: 'new', ...(enrollment ? { enrollment } : {}) })
    .room('I', { ages: ['infant', 'toddler'], rect: [0, 0, 18, 20] })
    .room('P', { ages: ['preschool'], rect: [18, 0, 20, 20] })
    .door('d', 'I', 'P')
    .exit('x', 'P');

describe('sleep.cribs (5 CSR 25-500.092(1)(B)2.A)', () => {
  checkCases('sleep.cribs', '5 CSR 25-500.092(1)(B)2.A', {
    valid: [
      {
        name: 'a crib for each of 8 enrolled infants and toddlers meets the rule, warned at the limit — 092(1)(B)2.A',
        plan: () => center({ infant: 4, toddler: 4, preschool: 20 }).row('c', 'crib', 'I', 8).build(),
        status: 'warn',
        measured: 8,
        limit: 8,
        unit: 'cribs',
      },
      {
        name: '21 cribs for 20 infants and toddlers pass',
        plan: () => center({ infant: 10, toddler: 10, preschool: 20 }).row('c', 'crib', 'I', 21).build(),
        measured: 21,
        limit: 20,
      },
      {
        name: 'portable cribs and playpens count as cribs — 092(1)(B)2.A',
        plan: () => center({ infant: 2, toddler: 1, preschool: 20 }).item('c', 'crib', 'I', { at: [30, 40] }).item('pc', 'portable-crib', 'I', { at: [80, 40] }).item('pp', 'playpen', 'I', { at: [130, 40] }).build(),
        status: 'warn',
        measured: 3,
        limit: 3,
      },
      {
        name: 'without an enrollment, a crib for each of the 8 the infant room allows',
        plan: () => center().row('c', 'crib', 'I', 8).build(),
        measured: 8,
        limit: 8,
      },
      {
        name: 'without an enrollment, fewer cribs than places is a warning: 6 cribs for a room of 8',
        plan: () => center().row('c', 'crib', 'I', 6).build(),
        status: 'warn',
        measured: 6,
        limit: 8,
        message: /so 6 can be enrolled/,
      },
      {
        name: 'n/a with no infant/toddler rooms and no enrollment',
        plan: () => plan().room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'P').build(),
        status: 'n/a',
      },
      {
        name: 'n/a when the enrollment has no infants or toddlers and no room serves them',
        plan: () => plan({ enrollment: { preschool: 10 } }).room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'P').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: '7 cribs for 8 enrolled infants and toddlers — 092(1)(B)2.A',
        plan: () => center({ infant: 4, toddler: 4, preschool: 20 }).row('c', 'crib', 'I', 7).build(),
        measured: 7,
        limit: 8,
      },
      {
        name: 'a stack crib may not be used — 092(1)(B)2.A',
        plan: () => center({ infant: 2, preschool: 20 }).row('c', 'crib', 'I', 2).item('s', 'crib', 'I', { at: [100, 100], stacked: true }).build(),
        subject: 's',
        count: 2,
      },
      {
        name: 'a stack crib is not counted: 3 cribs and a stack crib for 4 infants',
        plan: () => center({ infant: 4, preschool: 20 }).row('c', 'crib', 'I', 3).item('s', 'crib', 'I', { at: [100, 100], stacked: true }).build(),
        subject: null,
        measured: 3,
        limit: 4,
      },
      {
        name: 'the upper level of a bunk bed may not be used — 092(1)(B)1.A',
        plan: () => center().item('bunk', 'bed', 'P', { at: [120, 120], stacked: true }).build(),
        subject: 'bunk',
      },
      {
        name: "cribs in the preschool room are not the infants' cribs: 4 infants, 4 cribs next door",
        plan: () => center({ infant: 4, preschool: 20 }).row('c', 'crib', 'P', 4).build(),
        subject: null,
        measured: 0,
        limit: 4,
      },
      {
        name: 'infants enrolled and no crib at all',
        plan: () => center({ infant: 1, preschool: 20 }).build(),
        measured: 0,
        limit: 1,
      },
    ],
  });

  engineDisagrees(
    'toddlers may nap on cots with written parental consent: 4 infants in cribs and 4 toddlers on cots is not a failure — 092(1)(B)2.B',
    '092(1)(B)2.B: "With written parental consent on file, cots may be used for napping or sleeping for toddlers twelve ' +
      'months and older." The plan cannot show the consent, so a toddler on a cot is for the inspector to verify; the ' +
      'engine counts only cribs and playpens against infants + toddlers and fails.',
    () => {
      const p = center({ infant: 4, toddler: 4, preschool: 20 }).row('c', 'crib', 'I', 4).row('cot', 'cot', 'I', 4, { at: [100, 150] }).build();
      expect(findingOf(p, 'sleep.cribs').status).not.toBe('fail');
    },
  );
});
