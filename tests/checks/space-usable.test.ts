import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

// Crib 30 x 55 = 11.4583 sq ft; cot 23 x 52 = 8.3056 sq ft; shelving 48 x 15 = 5 sq ft; furniture 24 x 24 = 4 sq ft;
// diapering table 24 x 36 = 6 sq ft (plan-format.md and model/defaults.ts).
const preschoolRoom = (o: { kind?: 'center' | 'group-home' } = {}) =>
  plan({ kind: o.kind ?? 'center', licensing: 'new' }).room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] }).exit('x', 'P');

describe('space.usable (5 CSR 25-500.082(2)(B)1.B-D)', () => {
  checkCases('space.usable', '5 CSR 25-500.082(2)(B)1.B-D', {
    valid: [
      {
        name: 'a 20 x 35 ft preschool room measured wall to wall has 700 sq ft — 082(2)(B)1.B',
        plan: () => preschoolRoom().build(),
        subject: 'P',
        measured: 700,
        unit: 'sq ft',
      },
      {
        name: 'shelving not used by the children is deducted: 700 - 5 = 695 sq ft — 082(2)(B)1.C',
        plan: () => preschoolRoom().item('s', 'shelving', 'P').build(),
        subject: 'P',
        measured: 695,
      },
      {
        name: 'shelving marked as used by the children is not deducted — 082(2)(B)1.C',
        plan: () => preschoolRoom().item('s', 'shelving', 'P', { usedByChildren: true }).build(),
        subject: 'P',
        measured: 700,
      },
      {
        name: "children's tables (used by them by default) are not deducted — 082(2)(B)1.C",
        plan: () => preschoolRoom().item('t', 'table', 'P').build(),
        subject: 'P',
        measured: 700,
      },
      {
        name: 'adult furniture (default not used by children) is deducted: 700 - 4 = 696 sq ft — 082(2)(B)1.C',
        plan: () => preschoolRoom().item('f', 'furniture', 'P').build(),
        subject: 'P',
        measured: 696,
      },
      {
        name: 'an indoor climber is children\'s equipment and is not deducted — 082(2)(B)1.C',
        plan: () => preschoolRoom().item('c', 'indoor-climber', 'P', { height: 20 }).build(),
        subject: 'P',
        measured: 700,
      },
      {
        name: 'overlapping footprints are deducted once: two 4 x 2 ft shelves sharing 2 x 2 ft take 12 sq ft, not 16',
        plan: () =>
          preschoolRoom()
            .item('s1', 'shelving', 'P', { at: [60, 60], size: [48, 24] })
            .item('s2', 'shelving', 'P', { at: [84, 60], size: [48, 24] })
            .build(),
        subject: 'P',
        measured: 688,
      },
      {
        name: 'only the part of a footprint inside the room is deducted: a 4 x 2 ft shelf centred on the wall takes 4 sq ft',
        plan: () => preschoolRoom().item('s', 'shelving', 'P', { at: [120, 0], size: [48, 24] }).build(),
        subject: 'P',
        measured: 696,
      },
      {
        name: 'cots set up only for nap time are not deducted — 082(2)(B)1.D',
        plan: () => preschoolRoom().item('c', 'cot', 'P').build(),
        subject: 'P',
        measured: 700,
      },
      {
        name: 'a cot left permanently in place is deducted: 700 - 8.31 = 691.69 sq ft — 082(2)(B)1.D',
        plan: () => preschoolRoom().item('c', 'cot', 'P', { permanent: true }).build(),
        subject: 'P',
        measured: 691.69,
      },
      {
        name: 'permanent cribs are deducted in a small group home (2.A.(I)): 400 - 2 x 11.46 = 377.08 sq ft',
        plan: () =>
          plan({ kind: 'group-home', licensing: 'new', enrollment: { infant: 2, preschool: 6 } })
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .item('c1', 'crib', 'I', { at: [30, 60] })
            .item('c2', 'crib', 'I', { at: [120, 60] })
            .exit('x', 'I')
            .build(),
        subject: 'I',
        measured: 377.08,
      },
      {
        name: 'napping equipment is not deducted in new infant/toddler space of a large center (45 sq ft rule) — 082(2)(B)2.B.(I)',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .item('c1', 'crib', 'I', { at: [30, 60] })
            .item('c2', 'crib', 'I', { at: [120, 60] })
            .exit('x', 'I')
            .build(),
        subject: 'I',
        measured: 400,
        message: /not deducted, 082\(2\)\(B\)2\.B\.\(I\)/,
      },
      {
        name: 'an altered infant room of an existing large center is new space: cribs not deducted — 082(2)(B)2.B.(I)',
        plan: () =>
          plan({ kind: 'center', licensing: 'existing' })
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20], altered: true })
            .item('c1', 'crib', 'I')
            .exit('x', 'I')
            .build(),
        subject: 'I',
        measured: 400,
      },
      {
        name: 'an unaltered infant room of an existing large center deducts its cribs: 400 - 11.46 = 388.54 sq ft — 082(2)(B)1.D',
        plan: () =>
          plan({ kind: 'center', licensing: 'existing' })
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .item('c1', 'crib', 'I')
            .exit('x', 'I')
            .build(),
        subject: 'I',
        measured: 388.54,
      },
      {
        name: 'a crib marked not permanent is not deducted even where cribs are — 082(2)(B)1.D',
        plan: () =>
          plan({ kind: 'group-home', licensing: 'new', enrollment: { infant: 2 } })
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .item('c1', 'crib', 'I', { permanent: false })
            .exit('x', 'I')
            .build(),
        subject: 'I',
        measured: 400,
      },
      {
        name: 'a diapering table is adult equipment and is deducted: 400 - 6 = 394 sq ft — 082(2)(B)1.C',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .item('dt', 'diaper-table', 'I')
            .exit('x', 'I')
            .build(),
        subject: 'I',
        measured: 394,
      },
      {
        name: 'a bathroom has no usable space: n/a with 0 — 082(2)(B)1.C',
        plan: () => preschoolRoom().bathroom('B', [20, 0, 8, 8], { doorTo: 'P' }).build(),
        subject: 'B',
        status: 'n/a',
        measured: 0,
      },
      ...(['kitchen', 'closet', 'office', 'staff', 'corridor', 'storage'] as const).map((use) => ({
        name: `a room of use "${use}" is not counted as child care space — 082(2)(B)1.C`,
        plan: () => preschoolRoom().room('K', { use, rect: [20, 0, 10, 10] }).build(),
        subject: 'K',
        status: 'n/a' as const,
        measured: 0,
      })),
      {
        name: 'every room gets a finding (a metric for every room)',
        plan: () => preschoolRoom().room('K', { use: 'kitchen', rect: [20, 0, 10, 10] }).bathroom('B', [20, 10, 8, 8]).build(),
        subject: 'P',
        measured: 700,
        count: 3,
      },
    ],
    invalid: [
      {
        name: 'a child-care room filled by adult furniture has no usable space — 082(2)(B)1.C',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('P', { ages: ['preschool'], rect: [0, 0, 10, 10] })
            .item('f', 'furniture', 'P', { size: [120, 120] })
            .exit('x', 'P')
            .build(),
        subject: 'P',
        measured: 0,
      },
      {
        name: 'a child-care room taken up by permanent cribs (cribs deducted) has no usable space — 082(2)(B)1.D',
        plan: () =>
          plan({ kind: 'group-home', licensing: 'new', enrollment: { infant: 1 } })
            .room('I', { ages: ['infant'], rect: [0, 0, 30 / 12, 55 / 12] })
            .item('c', 'crib', 'I')
            .exit('x', 'I', { width: 24 })
            .build(),
        subject: 'I',
        measured: 0,
      },
    ],
  });
});
