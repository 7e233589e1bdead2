import type { Enrollment } from '../../src/model/schema.ts';
import { checkCases, engineDisagrees } from './checkTester.ts';
import { findingsOf, plan, type BathroomOptions } from './planBuilder.ts';

/** A large preschool room (room for 60 by space) with a bathroom opening off it. */
const withBathroom = (bath: BathroomOptions, enrollment?: Enrollment) =>
  plan({ kind: 'center', licensing: 'new', ...(enrollment ? { enrollment } : {}) })
    .room('P', { ages: ['preschool'], rect: [0, 0, 60, 35] })
    .exit('x', 'P')
    .bathroom('B', [60, 0, 10, 10], { doorTo: 'P', ...bath });

/** An infant room whose bathroom opens off it: the infant/toddler unit (24 per set). */
const infantUnit = (enrollment?: Enrollment) =>
  plan({ kind: 'center', licensing: 'new', ...(enrollment ? { enrollment } : {}) })
    .room('I', { ages: ['infant', 'toddler'], rect: [0, 0, 40, 35] })
    .exit('x', 'I')
    .bathroom('IB', [40, 0, 8, 8], { doorTo: 'I' });

describe('bath.toilets (5 CSR 25-500.082(3)(A)1-2, (3)(C)1)', () => {
  checkCases('bath.toilets', '5 CSR 25-500.082(3)(A)1-2, (3)(C)1', {
    valid: [
      {
        name: 'without an enrollment, one toilet and one adjacent sink are enough for 20 children — 082(3)(A)1',
        plan: () => withBathroom({ toilets: 1 }).build(),
        measured: 20,
        unit: 'children',
      },
      {
        name: '19 children on one toilet and sink pass without a warning',
        plan: () => withBathroom({ toilets: 1 }, { preschool: 19 }).build(),
        measured: 19,
        limit: 20,
      },
      {
        name: '20 children on one toilet and sink meet the rule, warned at the limit — 082(3)(A)1',
        plan: () => withBathroom({ toilets: 1 }, { preschool: 20 }).build(),
        status: 'warn',
        measured: 20,
        limit: 20,
      },
      {
        name: 'urinals may stand in for half the toilets: 2 toilets + 2 urinals + 4 sinks serve 80 — 082(3)(A)2',
        plan: () => withBathroom({ toilets: 2, urinals: 2 }).build(),
        measured: 80,
      },
      {
        name: 'urinals for more than half the toilets do not count: 1 toilet + 2 urinals + 3 sinks serve 40, not 60 — 082(3)(A)2',
        plan: () => withBathroom({ toilets: 1, urinals: 2 }).build(),
        measured: 40,
      },
      {
        name: '40 children on 1 toilet + 2 urinals + 3 sinks is at the limit: warn — 082(3)(A)2',
        plan: () => withBathroom({ toilets: 1, urinals: 2 }, { preschool: 40 }).build(),
        status: 'warn',
        measured: 40,
        limit: 40,
      },
      {
        name: 'each toilet needs its own adjacent sink: 2 toilets with 1 sink serve 20 — 082(3)(A)1',
        plan: () => withBathroom({ toilets: 2, sinks: 1 }).build(),
        measured: 20,
      },
      {
        name: 'a sink in the child-care room the bathroom opens off is adjacent: 1 toilet + that sink serve 20',
        plan: () => withBathroom({ toilets: 1, sinks: 0 }).item('sink', 'sink', 'P', { at: [700, 20] }).build(),
        measured: 20,
      },
      {
        name: 'toilets in an infant/toddler unit serve 24 each: 24 infants and toddlers on one set meet the rule (warn) — 082(3)(C)1',
        plan: () => infantUnit({ infant: 8, toddler: 16 }).build(),
        status: 'warn',
        measured: 24,
        limit: 24,
      },
      {
        name: 'without an enrollment, the infant unit set is counted at 24 — 082(3)(C)1',
        plan: () => infantUnit().build(),
        measured: 24,
        message: /infant\/toddler unit at 24 children each/,
      },
      {
        name: 'toilets in several bathrooms add up: 1 + 1 sets serve 40',
        plan: () => withBathroom({ toilets: 1 }).bathroom('B2', [60, 10, 10, 10], { doorTo: 'P' }).build(),
        measured: 40,
        count: 1,
      },
    ],
    invalid: [
      {
        name: '21 children on one toilet and sink fail — 082(3)(A)1',
        plan: () => withBathroom({ toilets: 1 }, { preschool: 21 }).build(),
        measured: 21,
        limit: 20,
      },
      {
        name: '41 children on 1 toilet + 2 urinals + 3 sinks fail: the second urinal does not count — 082(3)(A)2',
        plan: () => withBathroom({ toilets: 1, urinals: 2 }, { preschool: 41 }).build(),
        measured: 41,
        limit: 40,
      },
      {
        name: '25 infants and toddlers on one infant-unit set fail — 082(3)(C)1',
        plan: () => infantUnit({ infant: 9, toddler: 16 }).build(),
        measured: 25,
        limit: 24,
      },
      {
        name: 'a sink in a room the bathroom does not open off is not adjacent: 1 toilet, no set',
        plan: () =>
          withBathroom({ toilets: 1, sinks: 0 })
            .room('K', { use: 'kitchen', rect: [60, 10, 10, 10] })
            .item('ks', 'sink', 'K')
            .build(),
        subject: null,
        measured: 0,
      },
      {
        name: "no children's bathroom at all for a child-care room",
        plan: () => plan().room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] }).exit('x', 'P').build(),
        measured: 0,
      },
      {
        name: "a staff bathroom does not serve the children: 5 enrolled, nothing for them — 082(3)(A)1",
        plan: () => withBathroom({ toilets: 1, restroomFor: 'staff' }, { preschool: 5 }).build(),
        measured: 5,
        limit: 0,
      },
      {
        name: 'a bathroom with only a urinal needs at least one toilet — 082(3)(A)2',
        plan: () => withBathroom({ toilets: 1 }).bathroom('U', [60, 10, 10, 10], { toilets: 0, urinals: 1, doorTo: 'P' }).build(),
        subject: 'U',
        measured: 0,
        limit: 1,
        unit: 'toilets',
        citation: '5 CSR 25-500.082(3)(A)2',
      },
    ],
  });

  engineDisagrees(
    "the infant unit's toilet does not serve the preschoolers: 30 preschoolers on one general set fail even beside an infant unit set — 082(3)(A)1, (C)1",
    '(C)1 allows one set per 24 children "in an infant/toddler unit"; (A)1 one per 20 for the others. The engine pools ' +
      'the sets into one figure (24 + 20 = 44) and compares the whole enrollment (8 + 30 = 38) with it, so 30 preschoolers ' +
      "share one toilet. They cannot use the unit's bathroom without passing through the infant room (082(2)(B)2.B.(VIII)).",
    () => {
      const p = plan({ kind: 'center', licensing: 'new', enrollment: { infant: 8, preschool: 30 } })
        .room('I', { ages: ['infant'], rect: [0, 0, 18, 20] })
        .room('P', { ages: ['preschool'], rect: [18, 0, 30, 40] })
        .bathroom('IB', [0, 20, 8, 8], { doorTo: 'I' })
        .bathroom('B', [48, 0, 8, 8], { doorTo: 'P' })
        .exit('xi', 'I', { side: 'w' })
        .exit('xp', 'P', { side: 's' })
        .build();
      expect(findingsOf(p, 'bath.toilets').some((f) => f.status === 'fail')).toBe(true);
    },
  );
});
