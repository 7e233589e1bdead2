import type { Enrollment } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { plan, type BathroomOptions } from './planBuilder.ts';

/**
 * A preschool room of `sqft` (a 35 ft deep strip, so sqft / 35 children) with three toilet sets (60 children) and,
 * when given, a staff bathroom.
 */
const center = (children: number, staff?: BathroomOptions, o: { kind?: 'center' | 'group-home'; enrollment?: Enrollment } = {}) => {
  const b = plan({ kind: o.kind ?? 'center', licensing: 'new', ...(o.enrollment ? { enrollment: o.enrollment } : {}) })
    .room('P', { ages: ['preschool'], rect: [0, 0, children, 35] })
    .exit('x', 'P')
    .bathroom('B', [children, 0, 10, 10], { toilets: 3, doorTo: 'P' });
  if (staff) b.room('O', { use: 'office', rect: [children, 10, 10, 10] }).door('dpo', 'P', 'O').bathroom('S', [children + 10, 10, 8, 8], { doorTo: 'O', ...staff });
  return b.build();
};

describe('bath.staff (5 CSR 25-500.082(3)(A)8)', () => {
  checkCases('bath.staff', '5 CSR 25-500.082(3)(A)8', {
    valid: [
      {
        name: 'a center licensed for exactly 50 needs no staff bathroom: n/a — 082(3)(A)8 "more than fifty"',
        plan: () => center(50),
        status: 'n/a',
        measured: 50,
        limit: 50,
      },
      {
        name: 'a center licensed for 51 with a bathroom marked for staff — 082(3)(A)8',
        plan: () => center(51, { restroomFor: 'staff' }),
        subject: 'S',
        measured: 51,
        limit: 50,
      },
      {
        name: 'a bathroom named "Staff toilet" is read as the staff bathroom',
        plan: () => center(51, { name: 'Staff toilet' }),
        subject: 'S',
        measured: 51,
      },
      {
        name: 'the larger of capacity and enrollment counts: 40 by space, 40 enrolled: n/a',
        plan: () => center(40, undefined, { enrollment: { preschool: 40 } }),
        status: 'n/a',
        measured: 40,
      },
      {
        name: 'a group home (at most 20 children) is not a center: n/a',
        plan: () => center(51, undefined, { kind: 'group-home' }),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a center licensed for 51 without a staff bathroom — 082(3)(A)8',
        plan: () => center(51),
        measured: 51,
        limit: 50,
        unit: 'children',
      },
      {
        name: 'an enrollment of 51 counts even where the space allows 40 — 082(3)(A)8',
        plan: () => center(40, undefined, { enrollment: { preschool: 51 } }),
        measured: 51,
      },
      {
        name: "a children's bathroom does not serve as the staff's: 55 children and two children's bathrooms",
        plan: () => center(55, { restroomFor: 'children' }),
        measured: 55,
      },
    ],
  });
});
