import type { Enrollment } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { plan, type BathroomOptions } from './planBuilder.ts';

/** A preschool room and a school-age room, each 20 x 35 ft, with the given bathrooms opening off the school-age room. */
const center = (baths: BathroomOptions[], o: { kind?: 'center' | 'group-home'; enrollment?: Enrollment; schoolAgeRoom?: boolean } = {}) => {
  const b = plan({ kind: o.kind ?? 'center', licensing: 'new', ...(o.enrollment ? { enrollment: o.enrollment } : {}) })
    .room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] })
    .room('S', { ages: o.schoolAgeRoom === false ? ['preschool'] : ['schoolAge'], rect: [20, 0, 20, 35] })
    .door('dps', 'P', 'S')
    .exit('x', 'P');
  baths.forEach((bath, i) => b.bathroom(`B${i + 1}`, [40, i * 8, 8, 8], { doorTo: 'S', ...bath }));
  return b.build();
};

describe('bath.school-age (5 CSR 25-500.082(3)(B))', () => {
  checkCases('bath.school-age', '5 CSR 25-500.082(3)(B)', {
    valid: [
      {
        name: "separate girls' and boys' bathrooms — 082(3)(B)1.A",
        plan: () => center([{ restroomFor: 'girls' }, { restroomFor: 'boys' }], { enrollment: { preschool: 20, schoolAge: 30 } }),
        message: /girls B1, boys B2/,
      },
      {
        name: "bathrooms named \"Girls\" and \"Boys\" are read as separate girls' and boys' bathrooms",
        plan: () => center([{ name: 'Girls' }, { name: 'Boys' }]),
      },
      {
        name: 'one bathroom for school-age children only, with exactly 20 of them — 082(3)(B)1.B',
        plan: () => center([{ restroomFor: 'school-age' }], { enrollment: { preschool: 10, schoolAge: 20 } }),
        measured: 20,
        limit: 20,
        unit: 'children',
      },
      {
        name: 'a school-age-only bathroom without an enrollment is enough only for 20: warn',
        plan: () => center([{ restroomFor: 'school-age' }]),
        status: 'warn',
        message: /at most 20/,
      },
      {
        name: 'school-age children in care but no bathroom marked for them: warn to mark one',
        plan: () => center([{}], { enrollment: { schoolAge: 10 } }),
        status: 'warn',
      },
      {
        name: "a girls' bathroom alone is neither pair nor school-age-only: warn",
        plan: () => center([{ restroomFor: 'girls' }], { enrollment: { schoolAge: 10 } }),
        status: 'warn',
      },
      {
        name: 'n/a with no school-age children in care',
        plan: () => center([{}], { schoolAgeRoom: false }),
        status: 'n/a',
      },
      {
        name: 'n/a for a group home: the rule speaks of "a center" — 082(3)(B)1',
        plan: () => center([{}], { kind: 'group-home', enrollment: { schoolAge: 15 } }),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: '21 school-age children with one bathroom for school-age only need separate girls\' and boys\' — 082(3)(B)1.B',
        plan: () => center([{ restroomFor: 'school-age' }], { enrollment: { preschool: 10, schoolAge: 21 } }),
        measured: 21,
        limit: 20,
      },
    ],
  });
});
