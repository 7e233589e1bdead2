import type { Enrollment } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { plan, type FacilityOptions, type Rect } from './planBuilder.ts';

// A crib is 30 x 55 in = 11.4583 sq ft.

/** A facility with one infant room (feet) and a preschool room beside it. */
const withInfantRoom = (f: FacilityOptions, rect: Rect, o: { altered?: boolean; cribs?: number } = {}) => {
  const b = plan(f)
    .room('I', { ages: ['infant', 'toddler'], rect, ...(o.altered !== undefined ? { altered: o.altered } : {}) })
    .room('P', { ages: ['preschool'], rect: [rect[0] + rect[2], 0, 20, 35] })
    .door('d', 'I', 'P')
    .exit('xi', 'I')
    .exit('xp', 'P');
  for (let i = 0; i < (o.cribs ?? 0); i++) b.item(`crib${i + 1}`, 'crib', 'I', { at: [20 + i * 36, 30] });
  return b;
};
const large = (e?: Enrollment, licensing: 'new' | 'existing' = 'new'): FacilityOptions => ({ kind: 'center', licensing, ...(e ? { enrollment: e } : {}) });

describe('space.infant-toddler (5 CSR 25-500.082(2)(B)2.A-B)', () => {
  checkCases('space.infant-toddler', '5 CSR 25-500.082(2)(B)2.A-B', {
    valid: [
      {
        name: 'new infant space of a large center: 360 sq ft allows 8 at 45 sq ft — 082(2)(B)2.B.(I)',
        plan: () => withInfantRoom(large(), [0, 0, 18, 20]).build(),
        measured: 8,
        unit: 'children',
        citation: '5 CSR 25-500.082(2)(B)2.B.(I)',
      },
      {
        name: 'napping equipment is not deducted at 45 sq ft: 360 sq ft with 4 cribs still allows 8 — 082(2)(B)2.B.(I)',
        plan: () => withInfantRoom(large(), [0, 0, 18, 20], { cribs: 4 }).build(),
        measured: 8,
      },
      {
        name: 'exactly 45.0 sq ft per infant meets the rule, warned at the limit: 8 infants in 360 sq ft — 082(2)(B)2.B.(I)',
        plan: () => withInfantRoom(large({ infant: 8, preschool: 20 }), [0, 0, 18, 20]).build(),
        status: 'warn',
        measured: 8,
        limit: 8,
      },
      {
        name: '7 infants in 360 sq ft (51.4 each) pass without a warning',
        plan: () => withInfantRoom(large({ infant: 7, preschool: 20 }), [0, 0, 18, 20]).build(),
        measured: 7,
        limit: 8,
      },
      {
        name: 'small center (20 children, 4 infant/toddlers): 35 sq ft each, 140 sq ft holds 4 — 082(2)(B)2.A.(I)',
        plan: () => withInfantRoom({ kind: 'center', licensing: 'new', enrollment: { infant: 2, toddler: 2, preschool: 16 } }, [0, 0, 10, 14]).build(),
        status: 'warn',
        measured: 4,
        limit: 4,
        citation: '5 CSR 25-500.082(2)(B)2.A.(I)',
      },
      {
        name: 'small group home (4 infant/toddlers): 35 sq ft each — 082(2)(B)2.A.(I)',
        plan: () => withInfantRoom({ kind: 'group-home', licensing: 'new', enrollment: { infant: 3, preschool: 10 } }, [0, 0, 10, 14]).build(),
        measured: 3,
        limit: 4,
      },
      {
        name: 'a group home with 5 infant/toddlers is not small: 45 sq ft each in new space, 225 sq ft holds 5 — 082(2)(B)2.B.(I)',
        plan: () => withInfantRoom({ kind: 'group-home', licensing: 'new', enrollment: { infant: 3, toddler: 2, preschool: 10 } }, [0, 0, 15, 15]).build(),
        status: 'warn',
        measured: 5,
        limit: 5,
        citation: '5 CSR 25-500.082(2)(B)2.B.(I)',
      },
      {
        name: 'a group home without an enrollment is read as licensed for at most 4 infant/toddlers: 400 sq ft allows 4 — 082(2)(B)2.A',
        plan: () => withInfantRoom({ kind: 'group-home', licensing: 'new' }, [0, 0, 20, 20]).build(),
        measured: 4,
        message: /2\.A/,
      },
      {
        name: 'large center licensed before the rules, room unaltered: 35 sq ft per infant, 280 sq ft holds 8 — 082(2)(B)1.D',
        plan: () => withInfantRoom(large({ infant: 8, preschool: 20 }, 'existing'), [0, 0, 14, 20]).build(),
        status: 'warn',
        measured: 8,
        limit: 8,
        citation: '5 CSR 25-500.082(2)(B)1.D',
      },
      {
        name: 'groups of only two-year-olds need 35 sq ft each: 560 sq ft holds 16 — 082(2)(B)2.B.(II)',
        plan: () =>
          plan(large({ two: 16, preschool: 20 }))
            .room('T', { ages: ['two'], rect: [0, 0, 16, 35] })
            .room('P', { ages: ['preschool'], rect: [16, 0, 20, 35] })
            .door('d', 'T', 'P')
            .exit('x', 'T')
            .build(),
        status: 'warn',
        measured: 16,
        limit: 16,
        citation: '5 CSR 25-500.082(2)(B)2.B.(II)',
      },
      {
        name: 'infant rooms are added over the facility: 2 x 202.5 sq ft = 405 allows 9 at 45 (4.5 + 4.5) — 082(2)(B)2.B.(I)',
        plan: () =>
          plan(large())
            .room('I1', { ages: ['infant'], rect: [0, 0, 13.5, 15] })
            .room('I2', { ages: ['infant'], rect: [13.5, 0, 13.5, 15] })
            .exit('x1', 'I1')
            .exit('x2', 'I2')
            .build(),
        measured: 9,
      },
    {
      name: 'a group home with 2 infants and 10 two-year-olds: the 4-infant/toddler limit of 2.A does not cap the twos (100 + 400 sq ft at 35 = 14)',
      plan: () =>
        plan({ kind: 'group-home', licensing: 'new', enrollment: { infant: 2, two: 10 } })
          .room('I', { ages: ['infant'], rect: [0, 0, 10, 10] })
          .room('T', { ages: ['two'], rect: [10, 0, 20, 20] })
          .exit('xi', 'I')
          .exit('xt', 'T')
          .build(),
      measured: 12,
      limit: 14,
      engineDisagrees:
        '082(2)(B)2.A limits a small facility to 4 "infants/toddlers"; infants are under 12 months and toddlers 12-24 months ' +
        '(500.010(14), (24)), while two-year-olds are preschool children (500.010(20)). The engine caps the whole ' +
        'infant/toddler space total, which includes rooms of only two-year-olds, at 4 (capacity.ts total(..., infantToddlerCap)).',
    },
      {
        name: 'n/a when no room is used for infants, toddlers or groups of two-year-olds',
        plan: () => plan().room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] }).exit('x', 'P').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: '44.9 sq ft per infant fails: 8 infants in 359.2 sq ft (7 by space) — 082(2)(B)2.B.(I)',
        plan: () => withInfantRoom(large({ infant: 8, preschool: 20 }), [0, 0, 17.96, 20]).build(),
        measured: 8,
        limit: 7,
      },
      {
        name: 'in a small center the cribs are deducted: 140 sq ft less one crib holds 3, not 4 — 082(2)(B)2.A.(I)',
        plan: () => withInfantRoom({ kind: 'center', licensing: 'new', enrollment: { infant: 4, preschool: 16 } }, [0, 0, 10, 14], { cribs: 1 }).build(),
        measured: 4,
        limit: 3,
      },
      {
        name: 'in an unaltered room of an existing large center the cribs are deducted: 280 sq ft less one crib holds 7 — 082(2)(B)1.D',
        plan: () => withInfantRoom(large({ infant: 8, preschool: 20 }, 'existing'), [0, 0, 14, 20], { cribs: 1 }).build(),
        measured: 8,
        limit: 7,
      },
      {
        name: 'an altered infant room of an existing large center needs 45 sq ft: 280 sq ft holds 6, not 8 — 082(2)(B)2.B.(I)',
        plan: () => withInfantRoom(large({ infant: 8, preschool: 20 }, 'existing'), [0, 0, 14, 20], { altered: true }).build(),
        measured: 8,
        limit: 6,
      },
      {
        name: 'a center of 21 children with 4 infants is large (45 sq ft): 140 sq ft holds 3 — 082(2)(B)2.B',
        plan: () => withInfantRoom(large({ infant: 4, preschool: 17 }), [0, 0, 10, 14]).build(),
        measured: 4,
        limit: 3,
      },
      {
        name: 'a center of 20 children with 5 infant/toddlers is large (45 sq ft): 140 sq ft holds 3 — 082(2)(B)2.B',
        plan: () => withInfantRoom(large({ infant: 3, toddler: 2, preschool: 15 }), [0, 0, 10, 14]).build(),
        measured: 5,
        limit: 3,
      },
      {
        name: '9 infants in a 500 sq ft new room without a 4 ft partition: one group of 8 — 082(2)(B)2.B.(IV)-(V)',
        plan: () => withInfantRoom(large({ infant: 9, preschool: 20 }), [0, 0, 20, 25]).build(),
        measured: 9,
        limit: 8,
      },
      {
        name: 'infants enrolled but no room drawn for them',
        plan: () => plan(large({ infant: 2, preschool: 10 })).room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] }).exit('x', 'P').build(),
        measured: 2,
        limit: 0,
      },
    ],
  });
});
