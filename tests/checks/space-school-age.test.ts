import type { AgeBand, Enrollment } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/** Rooms side by side, 20 x 20 ft each, every one with an exit. */
const rooms = (ages: AgeBand[][], enrollment?: Enrollment) => {
  const b = plan({ kind: 'center', licensing: 'new', ...(enrollment ? { enrollment } : {}) });
  ages.forEach((a, i) => b.room(`R${i + 1}`, { ages: a, rect: [i * 20, 0, 20, 20] }).exit(`x${i + 1}`, `R${i + 1}`, { side: 's' }));
  return b.build();
};

describe('space.school-age (5 CSR 25-500.082(2)(B)1.K)', () => {
  checkCases('space.school-age', '5 CSR 25-500.082(2)(B)1.K', {
    valid: [
      {
        name: 'school-age children have a room of their own apart from the preschool room — 082(2)(B)1.K',
        plan: () => rooms([['preschool'], ['schoolAge']]),
        subject: 'R2',
      },
      {
        name: 'a room of their own is enough even when another room mixes school-age and preschool children',
        plan: () => rooms([['preschool', 'schoolAge'], ['schoolAge']]),
        subject: 'R2',
      },
      {
        name: 'a school-age-only facility passes',
        plan: () => rooms([['schoolAge']], { schoolAge: 15 }),
        subject: 'R1',
      },
      {
        name: 'n/a when no school-age children are in care (rooms drawn for preschool only)',
        plan: () => rooms([['preschool']]),
        status: 'n/a',
      },
      {
        name: 'n/a when the enrollment has no school-age children, even if a room lists them',
        plan: () => rooms([['preschool', 'schoolAge']], { preschool: 10, schoolAge: 0 }),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'school-age children sharing the only room with the preschool program — 082(2)(B)1.K',
        plan: () => rooms([['preschool', 'schoolAge']]),
        subject: 'R1',
      },
      {
        name: 'school-age children enrolled but no room drawn for them — 082(2)(B)1.K',
        plan: () => rooms([['preschool']], { preschool: 10, schoolAge: 5 }),
        subject: null,
      },
      {
        name: 'enrolled school-age children all in rooms shared with preschoolers',
        plan: () => rooms([['preschool', 'schoolAge'], ['schoolAge', 'preschool']], { preschool: 10, schoolAge: 5 }),
        subject: 'R1',
      },
      {
        name: 'a room school-age children share with two-year-olds is not apart from the preschool program — 082(2)(B)1.K, 500.010(20)',
        plan: () => rooms([['preschool'], ['two', 'schoolAge']], { two: 4, preschool: 10, schoolAge: 8 }),
        subject: 'R2',
        settledReading:
          'two-year-olds are preschool children (500.010(20): "any child two through five years of age who is not in ' +
          'kindergarten"), and 082(4)(C) places twos "in the preschool unit"; a room of school-age children and twos is ' +
          'not "space apart from the preschool program". The engine only looks for the `preschool` band.',
      },
    ],
  });
});
