import type { Plan } from '../../src/model/schema.ts';
import { checkCases, settledReading } from './checkTester.ts';
import { findingOf, plan, reportOf, type FacilityOptions, type Rect } from './planBuilder.ts';

/** A preschool room (feet) with an exit and a bathroom of `toilets` toilet-and-sink sets opening off it. */
const preschool = (rect: Rect, toilets: number, f: FacilityOptions = {}) =>
  plan({ kind: 'center', licensing: 'new', ...f })
    .room('P', { ages: ['preschool'], rect })
    .exit('x', 'P')
    .bathroom('B', [rect[0] + rect[2], rect[1], 8, 8], { toilets, doorTo: 'P' });

const capacity = (p: Plan) => reportOf(p).capacity;
const limits = (p: Plan) => Object.fromEntries(capacity(p).limits.map((l) => [l.id, l.children]));

describe('capacity.licensed (5 CSR 25-500.082, 500.112)', () => {
  checkCases('capacity.licensed', '5 CSR 25-500.082, 500.112', {
    valid: [
      {
        name: 'space binds: 700 sq ft of preschool space (20) against two toilet sets (40) — 082(2)(B)1.A',
        plan: () => preschool([0, 0, 20, 35], 2).build(),
        measured: 20,
        limit: null,
        unit: 'children',
        message: /^Licensed capacity 20 set by space\.preschool: .*35 sq ft more usable preschool space would allow 21\.$/,
      },
      {
        name: 'toilets bind: 1,400 sq ft (40) with one toilet and sink (20) — 082(3)(A)1',
        plan: () => preschool([0, 0, 40, 35], 1).build(),
        measured: 20,
        message: /set by bath\.toilets: .* One more toilet and adjacent sink would allow 40\.$/,
      },
      {
        name: 'the next toilet is held by the next limit: one set (20) with space for 30 would allow 30, not 40',
        plan: () => preschool([0, 0, 30, 35], 1).build(),
        measured: 20,
        message: /One more toilet and adjacent sink would allow 30\.$/,
      },
      {
        name: 'the play area binds: 750 sq ft holds 10 at once, a third of 30 — 082(6)(A)2',
        plan: () => preschool([0, 0, 40, 35], 2).playArea('Y', { rect: [0, 40, 25, 30] }).build(),
        measured: 30,
        message: /set by outdoor\.area: .* A fenced play area of 825 sq ft would allow 33\.$/,
      },
      {
        name: 'a group home is licensed for at most 20 children — 500.010(11)',
        plan: () => preschool([0, 0, 40, 35], 2, { kind: 'group-home' }).build(),
        measured: 20,
        message: /set by capacity\.group-home: .* A group home is licensed for at most 20 children; more needs a child care center licence\.$/,
      },
      {
        name: 'preschool and infant space add up: 20 + 8 = 28 — 082(2)(B)1.A, 2.B.(I)',
        plan: () =>
          preschool([0, 0, 20, 35], 3)
            .room('I', { ages: ['infant'], rect: [0, 35, 18, 20] })
            .door('dpi', 'P', 'I')
            .build(),
        measured: 28,
        message: /set by space\.usable: 20 preschool\/school-age .* \+ 8 infant\/toddler .* 35 sq ft more usable preschool space or 45 sq ft more usable infant\/toddler space would allow 29\.$/,
      },
      {
        name: 'infant space at 45 sq ft binds: 270 sq ft allows 6 — 082(2)(B)2.B.(I)',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('I', { ages: ['infant'], rect: [0, 0, 15, 18] })
            .exit('x', 'I')
            .bathroom('B', [15, 0, 8, 8], { doorTo: 'I' })
            .build(),
        measured: 6,
        message: /set by space\.infant-toddler: .* 45 sq ft more usable infant\/toddler space would allow 7\.$/,
      },
      {
        name: 'enrollment one under the capacity passes: 19 of 20',
        plan: () => preschool([0, 0, 20, 35], 2, { enrollment: { preschool: 19 } }).build(),
        measured: 19,
        limit: 20,
      },
      {
        name: 'enrollment at the capacity is within 5%: warn (20 of 20)',
        plan: () => preschool([0, 0, 20, 35], 2, { enrollment: { preschool: 20 } }).build(),
        status: 'warn',
        measured: 20,
        limit: 20,
      },
    ],
    invalid: [
      {
        name: 'enrollment over the capacity fails: 21 of 20',
        plan: () => preschool([0, 0, 20, 35], 2, { enrollment: { preschool: 21 } }).build(),
        measured: 21,
        limit: 20,
      },
      {
        name: 'a play area under 750 sq ft allows no children — 082(6)(A)2',
        plan: () => preschool([0, 0, 20, 35], 2).playArea('Y', { rect: [0, 40, 749 / 30, 30] }).build(),
        measured: 0,
        message: /set by outdoor\.area: 749 sq ft of play area is under the 750 sq ft minimum\. A fenced play area of 750 sq ft would allow 20\.$/,
      },
      {
        name: "no children's toilet allows no children — 082(3)(A)1",
        plan: () => plan().room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] }).exit('x', 'P').build(),
        measured: 0,
        message: /set by bath\.toilets: .*One more toilet and adjacent sink would allow 20\.$/,
      },
      {
        name: 'a staff-only bathroom does not count for children — 082(3)(A)1, (A)8',
        plan: () =>
          plan()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] })
            .exit('x', 'P')
            .bathroom('S', [20, 0, 8, 8], { doorTo: 'P', restroomFor: 'staff' })
            .build(),
        measured: 0,
      },
      {
        name: 'no child-care room allows no children',
        plan: () => plan().room('O', { use: 'office', rect: [0, 0, 10, 10] }).exit('x', 'O').bathroom('B', [10, 0, 8, 8], { doorTo: 'O' }).build(),
        measured: 0,
      },
    ],
  });

  describe('the limits, the binding one, and what would raise it', () => {
    it('lists every limit the plan shows, in order: space, toilets, outdoor, group home', () => {
      const p = preschool([0, 0, 40, 35], 2, { kind: 'group-home' }).playArea('Y', { rect: [0, 40, 30, 30] }).build();
      expect(capacity(p).limits.map((l) => [l.id, l.children])).toEqual([
        ['space.preschool', 40],
        ['bath.toilets', 40],
        ['outdoor.area', 36],
        ['capacity.group-home', 20],
      ]);
      expect(capacity(p).binding).toBe('capacity.group-home');
      expect(capacity(p).licensed).toBe(20);
    });

    it('the report capacity and the finding agree', () => {
      const p = preschool([0, 0, 40, 35], 1).build();
      const f = findingOf(p, 'capacity.licensed');
      expect([capacity(p).licensed, capacity(p).binding, f.measured]).toEqual([20, 'bath.toilets', 20]);
      expect(capacity(p).raise).toBe('One more toilet and adjacent sink would allow 40.');
    });

    it('a tie names the first limit and says the other would still hold it', () => {
      const p = preschool([0, 0, 20, 35], 1).build();
      expect(limits(p)).toEqual({ 'space.preschool': 20, 'bath.toilets': 20 });
      expect(capacity(p).binding).toBe('space.preschool');
      expect(capacity(p).raise).toMatch(/; bath\.toilets would still hold it at 20\.$/);
    });

    it('a new infant room held to one group of 8 (500 sq ft) binds at 8 — 082(2)(B)2.B.(V)', () => {
      const p = plan({ kind: 'center', licensing: 'new' }).room('I', { ages: ['infant'], rect: [0, 0, 20, 25] }).exit('x', 'I').bathroom('B', [20, 0, 8, 8], { doorTo: 'I' }).build();
      expect([capacity(p).licensed, capacity(p).binding]).toEqual([8, 'space.infant-toddler']);
      expect(limits(p)['bath.toilets']).toBe(24); // the bathroom opens off the infant room: 24 per set, 082(3)(C)1
    });

    it('the play area counts overlapping areas once: two 25 x 30 ft areas overlapping by half are 1,125 sq ft (45)', () => {
      const p = preschool([0, 0, 60, 35], 3)
        .playArea('Y1', { rect: [0, 40, 25, 30] })
        .playArea('Y2', { rect: [12.5, 40, 25, 30] })
        .build();
      expect(limits(p)['outdoor.area']).toBe(45);
    });
  });

  settledReading(
    'a group home of two-year-olds is not capped at 4 by the infant/toddler limit of 082(2)(B)2.A: 700 sq ft of twos space allows 20',
    '2.A limits a small group home to 4 infants/toddlers (under 24 months, 500.010(14), (24)); two-year-olds are preschool ' +
      'children (500.010(20)). The engine puts rooms of only two-year-olds in the infant/toddler total and caps that total ' +
      'at 4, so this home is licensed for 4 instead of 20.',
    () => {
      const p = plan({ kind: 'group-home', licensing: 'new' })
        .room('T', { ages: ['two'], rect: [0, 0, 20, 35] })
        .exit('x', 'T')
        .bathroom('B', [20, 0, 8, 8], { doorTo: 'T' })
        .build();
      expect(capacity(p).licensed).toBe(20);
    },
  );

  settledReading(
    'a small group home at its 4 infant/toddlers is not told that 0.1 sq ft more space would allow 5 — 082(2)(B)2.A',
    'under 2.A the home has at most 4 infants/toddlers whatever its space; the raise sentence computes (4 + 1) x 35 - 400 ' +
      'sq ft, clamps the negative result to 0.1 and promises a fifth child.',
    () => {
      const p = plan({ kind: 'group-home', licensing: 'new' })
        .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
        .exit('x', 'I')
        .bathroom('B', [20, 0, 8, 8], { doorTo: 'I' })
        .build();
      expect(capacity(p).licensed).toBe(4);
      expect(capacity(p).raise).not.toMatch(/sq ft more usable infant\/toddler space would allow 5/);
    },
  );

  settledReading(
    'a center read under 2.A (at most 20 children, 4 infant/toddlers) is not licensed for more than 20 — 082(2)(B)2.A-B',
    'with 16 preschoolers and 4 infants enrolled the engine picks 2.A (35 sq ft, cribs deducted), which applies only to ' +
      '"centers licensed for a maximum of twenty children"; it then reports a licensed capacity of 34 (30 + 4). At 34 the ' +
      'center is licensed for more than 20 and 2.B applies (45 sq ft: 140 sq ft holds 3, so 33); under 2.A it is at most 20.',
    () => {
      const p = plan({ kind: 'center', licensing: 'new', enrollment: { preschool: 16, infant: 4 } })
        .room('P', { ages: ['preschool'], rect: [0, 0, 30, 35] })
        .room('I', { ages: ['infant'], rect: [0, 35, 10, 14] })
        .door('d', 'P', 'I')
        .exit('x', 'P')
        .bathroom('B', [30, 0, 8, 8], { toilets: 2, doorTo: 'P' })
        .build();
      expect([20, 33]).toContain(capacity(p).licensed);
    },
  );
});
