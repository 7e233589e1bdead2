import type { AgeBand, Enrollment } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/** A child-care room for `ages` with a bathroom off it, and potty chairs in the bathroom or the room. */
const center = (ages: AgeBand[], chairs: { inBathroom?: number; inRoom?: number } = {}, enrollment?: Enrollment) => {
  const b = plan({ kind: 'center', licensing: 'new', ...(enrollment ? { enrollment } : {}) })
    .room('R', { ages, rect: [0, 0, 20, 20] })
    .exit('x', 'R')
    .bathroom('B', [20, 0, 8, 8], { doorTo: 'R' });
  for (let i = 0; i < (chairs.inBathroom ?? 0); i++) b.item(`pb${i + 1}`, 'potty-chair', 'B', { at: [24 + i * 16, 60] });
  for (let i = 0; i < (chairs.inRoom ?? 0); i++) b.item(`pr${i + 1}`, 'potty-chair', 'R', { at: [24 + i * 16, 60] });
  return b.build();
};

describe('bath.potty (5 CSR 25-500.082(3)(C)2)', () => {
  checkCases('bath.potty', '5 CSR 25-500.082(3)(C)2', {
    valid: [
      {
        name: 'two potty chairs in the bathroom serve up to 8 toilet-training toddlers; how many train is verified on site — 082(3)(C)2',
        plan: () => center(['toddler'], { inBathroom: 2 }),
        status: 'verify',
        measured: 2,
        unit: 'potty chairs',
        message: /up to 8 children/,
      },
      {
        name: 'toddlers and twos in care but no potty chair drawn: warn',
        plan: () => center(['toddler', 'two']),
        status: 'warn',
        measured: 0,
      },
      {
        name: 'n/a with no toddlers or two-year-olds in care',
        plan: () => center(['preschool']),
        status: 'n/a',
      },
      {
        name: 'n/a for infants only (enrollment), no chairs',
        plan: () => center(['infant'], {}, { infant: 4 }),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a potty chair standing in the classroom, not the bathroom — 082(3)(C)2 "located in the bathroom"',
        plan: () => center(['toddler'], { inBathroom: 1, inRoom: 1 }),
        subject: 'pr1',
        count: 2,
      },
      {
        name: 'a potty chair outside the bathroom fails even where no toddlers are enrolled',
        plan: () => center(['preschool'], { inRoom: 1 }),
        subject: 'pr1',
      },
    ],
  });
});
