import type { Enrollment } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * A center whose indoor limits allow `indoor` children (a 35 ft deep preschool room of `indoor` x 35 sq ft and enough
 * toilets), with a play area `w` x `d` ft south of it.
 */
const center = (indoor: number, yard: [w: number, d: number] | null, enrollment?: Enrollment) => {
  const b = plan({ kind: 'center', licensing: 'new', ...(enrollment ? { enrollment } : {}) })
    .room('P', { ages: ['preschool'], rect: [0, 0, indoor, 35] })
    .exit('x', 'P')
    .bathroom('B', [indoor, 0, 10, 10], { toilets: Math.ceil(indoor / 20), doorTo: 'P' });
  if (yard) b.playArea('Y', { rect: [0, 40, yard[0], yard[1]] });
  return b;
};

describe('outdoor.area (5 CSR 25-500.082(6)(A)2)', () => {
  checkCases('outdoor.area', '5 CSR 25-500.082(6)(A)2', {
    valid: [
      {
        name: 'exactly 750 sq ft holds 10 at once, a third of 30: meets the minimum, warned at the limit — 082(6)(A)2',
        plan: () => center(40, [25, 30]).build(),
        subject: 'Y',
        status: 'warn',
        measured: 750,
        limit: 750,
        unit: 'sq ft',
      },
      {
        name: 'the minimum 750 sq ft governs a small facility: 20 children (7 at once need 525) against 750 — 082(6)(A)2',
        plan: () => center(20, [30, 30]).build(),
        subject: 'Y',
        measured: 900,
        limit: 750,
      },
      {
        name: '787.5 sq ft (750 + 5%) passes without a warning',
        plan: () => center(20, [26.25, 30]).build(),
        measured: 787.5,
        limit: 750,
      },
      {
        name: '787.4 sq ft is within 5% of 750: warn',
        plan: () => center(20, [787.4 / 30, 30]).build(),
        status: 'warn',
        measured: 787.4,
      },
      {
        name: '36 enrolled: 12 outside at once need 900 sq ft, exactly 75 each — 082(6)(A)2',
        plan: () => center(40, [30, 30], { preschool: 36 }).build(),
        status: 'warn',
        measured: 900,
        limit: 900,
      },
      {
        name: 'overlapping play areas are counted once: two 25 x 30 ft areas overlapping by half make 1,125 sq ft (45 licensed, 15 at once)',
        plan: () => center(60, null).playArea('Y1', { rect: [0, 40, 25, 30] }).playArea('Y2', { rect: [12.5, 40, 25, 30] }).build(),
        subject: null,
        status: 'warn',
        measured: 1125,
        limit: 1125,
      },
      {
        name: 'no play area drawn: verify, at least 750 sq ft is required — 082(6)(A)1-2',
        plan: () => center(20, null).build(),
        status: 'verify',
        limit: 750,
        measured: null,
      },
    ],
    invalid: [
      {
        name: '749 sq ft is under the 750 sq ft minimum — 082(6)(A)2',
        plan: () => center(20, [749 / 30, 30]).build(),
        subject: 'Y',
        measured: 749,
        limit: 750,
      },
      {
        name: '40 enrolled: 14 outside at once (a third, rounded up) need 1,050 sq ft; 900 is short — 082(6)(A)2',
        plan: () => center(40, [30, 30], { preschool: 40 }).build(),
        measured: 900,
        limit: 1050,
      },
      {
        name: '74.9 sq ft per child at once fails: 45 enrolled, 15 at once in 1,123.5 sq ft — 082(6)(A)2',
        plan: () => center(45, [1123.5 / 30, 30], { preschool: 45 }).build(),
        measured: 1123.5,
        limit: 1125,
      },
    ],
  });
});
