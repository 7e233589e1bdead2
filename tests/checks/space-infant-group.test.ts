import type { AgeBand } from '../../src/model/schema.ts';
import { checkCases } from './checkTester.ts';
import { findingOf, plan, type FacilityOptions, type Rect } from './planBuilder.ts';

const LARGE_NEW: FacilityOptions = { kind: 'center', licensing: 'new' };

/** One infant/toddler room with `partitions` partitions of the given height, spread along it. */
const room = (f: FacilityOptions, rect: Rect, o: { partitions?: number; height?: number; ages?: AgeBand[]; altered?: boolean } = {}) => {
  const b = plan(f)
    .room('I', { ages: o.ages ?? ['infant', 'toddler'], rect, ...(o.altered !== undefined ? { altered: o.altered } : {}) })
    .exit('x', 'I');
  for (let i = 0; i < (o.partitions ?? 0); i++) b.item(`part${i + 1}`, 'partition', 'I', { at: [(i + 1) * 48, 60], size: [3, 48], height: o.height ?? 48 });
  return b;
};

describe('space.infant-group (5 CSR 25-500.082(2)(B)2.B.(IV)-(V), 500.112(1))', () => {
  checkCases('space.infant-group', '5 CSR 25-500.082(2)(B)2.B.(IV)-(V), 500.112(1)', {
    valid: [
      {
        name: 'an infant room of new space in a large center holds one group of 8 without a 4 ft partition (500 sq ft would allow 11) — 082(2)(B)2.B.(V)',
        plan: () => room(LARGE_NEW, [0, 0, 20, 25]).build(),
        subject: 'I',
        measured: 8,
        limit: 8,
        citation: '5 CSR 25-500.082(2)(B)2.B.(IV)-(V)',
        message: /would allow 11/,
      },
      {
        name: 'a 48" partition separates a second group: the same room holds 11 by its space — 082(2)(B)2.B.(V)',
        plan: () => room(LARGE_NEW, [0, 0, 20, 25], { partitions: 1 }).build(),
        subject: 'I',
        measured: 11,
        limit: null,
      },
      {
        name: 'two 4 ft partitions make three groups of 8: a 1,200 sq ft room holds 24 — 082(2)(B)2.B.(IV)-(V)',
        plan: () => room(LARGE_NEW, [0, 0, 40, 30], { partitions: 2 }).build(),
        subject: 'I',
        measured: 24,
        limit: 24,
      },
      {
        name: 'no more than 24 in a room of new space, however many partitions: 1,350 sq ft (30 by space) with 3 partitions holds 24 — 082(2)(B)2.B.(V)',
        plan: () => room(LARGE_NEW, [0, 0, 45, 30], { partitions: 3 }).build(),
        subject: 'I',
        measured: 24,
        limit: 24,
        citation: '5 CSR 25-500.082(2)(B)2.B.(V)',
      },
      {
        name: 'groups of two-year-olds are 16: a 700 sq ft twos room without a partition holds 16 (20 by space) — 082(2)(B)2.B.(IV), 500.112(1)(B)',
        plan: () => room(LARGE_NEW, [0, 0, 20, 35], { ages: ['two'] }).build(),
        subject: 'I',
        measured: 16,
        limit: 16,
      },
      {
        name: 'a group mixing infants and two-year-olds is at most 8 — 500.112(1)(A)',
        plan: () => room(LARGE_NEW, [0, 0, 20, 25], { ages: ['infant', 'two'] }).build(),
        subject: 'I',
        measured: 8,
        limit: 8,
      },
      {
        name: 'a room smaller than one group holds what its space allows: 270 sq ft = 6 at 45',
        plan: () => room(LARGE_NEW, [0, 0, 15, 18]).build(),
        subject: 'I',
        measured: 6,
        limit: null,
      },
      {
        name: 'a partition of exactly 48" counts — 082(2)(B)2.B.(V) "a minimum of four feet"',
        plan: () => room(LARGE_NEW, [0, 0, 20, 25], { partitions: 1, height: 48 }).build(),
        subject: 'I',
        measured: 11,
      },
      {
        name: 'in space licensed before the rules the group of 8 is kept by staffing: verify — 082(2)(B)2.B.(IV)',
        plan: () => room({ kind: 'center', licensing: 'existing' }, [0, 0, 20, 25]).build(),
        subject: 'I',
        status: 'verify',
        limit: 8,
      },
      {
        name: 'an altered room of an existing center is new space: held to one group of 8 — 082(2)(B)2.B.(V)',
        plan: () => room({ kind: 'center', licensing: 'existing' }, [0, 0, 20, 25], { altered: true }).build(),
        subject: 'I',
        measured: 8,
        limit: 8,
      },
      {
        name: 'n/a for a small facility (group home with at most 4 infant/toddlers) — 082(2)(B)2.A',
        plan: () => room({ kind: 'group-home', licensing: 'new', enrollment: { infant: 4, preschool: 8 } }, [0, 0, 20, 25]).build(),
        status: 'n/a',
      },
      {
        name: 'n/a with no infant/toddler or two-year-old rooms',
        plan: () => plan().room('P', { ages: ['preschool'], rect: [0, 0, 20, 35] }).exit('x', 'P').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a 47.9" partition is too low to separate groups — 082(2)(B)2.B.(V)',
        plan: () => room(LARGE_NEW, [0, 0, 20, 25], { partitions: 1, height: 47.9 }).build(),
        subject: 'part1',
        measured: 47.9,
        limit: 48,
        unit: 'in',
      },
      {
        name: 'a partition with no height drawn is not shown to be 4 ft',
        plan: () => room(LARGE_NEW, [0, 0, 20, 25]).item('low', 'partition', 'I', { size: [3, 48] }).build(),
        subject: 'low',
        measured: 0,
        limit: 48,
      },
      {
        name: 'a new infant room with no usable space left holds no group',
        plan: () => room(LARGE_NEW, [0, 0, 10, 10]).item('f', 'furniture', 'I', { size: [120, 120] }).build(),
        subject: 'I',
        measured: 0,
      },
    ],
  });

  it('a too-low partition also leaves the room at one group of 8 — 082(2)(B)2.B.(V)', () => {
    const f = findingOf(room(LARGE_NEW, [0, 0, 20, 25], { partitions: 1, height: 47.9 }).build(), 'space.infant-group', 'I');
    expect([f.status, f.measured, f.limit]).toEqual(['pass', 8, 8]);
  });
});
