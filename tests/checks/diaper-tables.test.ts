import type { AgeBand, Enrollment } from '../../src/model/schema.ts';
import { checkCases, engineDisagrees, settledReading } from './checkTester.ts';
import { findingsOf, plan, type FacilityOptions, type Rect } from './planBuilder.ts';

/** One room (feet) with `tables` diapering tables, optional 4 ft partition, and an exit. */
const room = (f: FacilityOptions, ages: AgeBand[], rect: Rect, o: { tables?: number; partition?: boolean; altered?: boolean } = {}) => {
  const b = plan(f)
    .room('R', { ages, rect, ...(o.altered !== undefined ? { altered: o.altered } : {}) })
    .exit('x', 'R', { side: 's' });
  for (let i = 0; i < (o.tables ?? 0); i++) b.item(`dt${i + 1}`, 'diaper-table', 'R', { at: [24 + i * 30, 24] });
  if (o.partition) b.item('part', 'partition', 'R', { at: [rect[2] * 6, rect[3] * 6], size: [3, 48], height: 48 });
  return b;
};
const NEW: FacilityOptions = { kind: 'center', licensing: 'new' };
const EXISTING: FacilityOptions = { kind: 'center', licensing: 'existing' };
const withEnrollment = (f: FacilityOptions, enrollment: Enrollment): FacilityOptions => ({ ...f, enrollment });

describe('diaper.tables (5 CSR 25-500.082(4)(A)-(C))', () => {
  checkCases('diaper.tables', '5 CSR 25-500.082(4)(A)-(C)', {
    valid: [
      {
        name: 'a new infant room of 8 with one diapering table in it — 082(4)(B)',
        plan: () => room(NEW, ['infant', 'toddler'], [0, 0, 18, 20], { tables: 1 }).build(),
        subject: 'R',
        measured: 1,
        limit: 1,
        unit: 'diapering tables',
        citation: '5 CSR 25-500.082(4)(B)',
      },
      {
        name: 'a table in the bathroom opening off the room is "adjacent to the group space" — 082(4)(A)',
        plan: () =>
          room(NEW, ['infant'], [0, 0, 18, 20])
            .bathroom('B', [18, 0, 8, 8], { doorTo: 'R' })
            .item('dt', 'diaper-table', 'B')
            .build(),
        subject: 'R',
        measured: 1,
        limit: 1,
      },
      {
        name: 'two groups of 8 in one new room (with a 4 ft partition) have two tables: 744 - 12 sq ft of tables = 16 at 45 — 082(4)(B)',
        plan: () => room(NEW, ['infant'], [0, 0, 24, 31], { tables: 2, partition: true }).build(),
        subject: 'R',
        measured: 2,
        limit: 2,
        message: /16 infants\/toddlers/,
      },
      {
        name: 'the enrollment sets the count: 11 places by space but 8 infants enrolled need one table — 082(4)(B)',
        plan: () => room(withEnrollment(NEW, { infant: 8, preschool: 20 }), ['infant'], [0, 0, 20, 25], { tables: 1, partition: true }).build(),
        subject: 'R',
        measured: 1,
        limit: 1,
      },
      {
        name: 'a group of 16 two-year-olds needs one table (576 - 6 sq ft, held to one group of 16) — 082(4)(B)',
        plan: () => room(NEW, ['two'], [0, 0, 16, 36], { tables: 1 }).build(),
        subject: 'R',
        measured: 1,
        limit: 1,
        message: /16 two-year-olds/,
      },
      {
        name: 'infant space licensed before the rules needs one table within or beside it, whatever its size — 082(4)(A)',
        plan: () => room(EXISTING, ['infant'], [0, 0, 20, 35], { tables: 1 }).build(),
        subject: 'R',
        measured: 1,
        limit: 1,
        citation: '5 CSR 25-500.082(4)(A)',
      },
      {
        name: 'a preschool room taking two-year-olds in a new facility has a table — 082(4)(C)',
        plan: () => room(NEW, ['two', 'preschool'], [0, 0, 20, 35], { tables: 1 }).build(),
        subject: 'R',
        measured: 1,
        limit: 1,
        citation: '5 CSR 25-500.082(4)(C)',
      },
      {
        name: 'n/a: a preschool room with two-year-olds in a facility licensed before the rules — 082(4)(C) is for new facilities',
        plan: () => room(EXISTING, ['two', 'preschool'], [0, 0, 20, 35]).build(),
        status: 'n/a',
      },
      {
        name: 'n/a: an altered preschool room of an existing facility — 082(4)(C) says "initially licensed", not "adding new space"',
        plan: () => room(EXISTING, ['two', 'preschool'], [0, 0, 20, 35], { altered: true }).build(),
        status: 'n/a',
      },
      {
        name: 'n/a with no infants, toddlers or two-year-olds',
        plan: () => room(NEW, ['preschool', 'schoolAge'], [0, 0, 20, 35]).build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a new infant room with no diapering table — 082(4)(A)-(B)',
        plan: () => room(NEW, ['infant'], [0, 0, 18, 20]).build(),
        subject: 'R',
        measured: 0,
        limit: 1,
      },
      {
        name: '11 infants in new space (a partition makes two groups) with one table need two — 082(4)(B) "for every group of eight"',
        plan: () => room(NEW, ['infant'], [0, 0, 20, 25], { tables: 1, partition: true }).build(),
        subject: 'R',
        measured: 1,
        limit: 2,
      },
      {
        name: 'an altered infant room of an existing center is new space: 11 infants need two tables — 082(4)(B)',
        plan: () => room(EXISTING, ['infant'], [0, 0, 20, 25], { tables: 1, partition: true, altered: true }).build(),
        subject: 'R',
        measured: 1,
        limit: 2,
      },
      {
        name: '20 two-year-olds (two groups, 700 sq ft with a partition) with one table need two — 082(4)(B)',
        plan: () => room(NEW, ['two'], [0, 0, 20, 35], { tables: 1, partition: true }).build(),
        subject: 'R',
        measured: 1,
        limit: 2,
      },
      {
        name: 'a preschool room taking two-year-olds in a new facility without a table — 082(4)(C)',
        plan: () => room(NEW, ['two', 'preschool'], [0, 0, 20, 35]).build(),
        subject: 'R',
        measured: 0,
        limit: 1,
      },
      {
        name: 'a table two rooms away is neither within nor adjacent to the group space — 082(4)(A)',
        plan: () =>
          room(NEW, ['infant'], [0, 0, 18, 20])
            .room('C', { use: 'corridor', rect: [18, 0, 6, 20] })
            .room('O', { use: 'storage', rect: [24, 0, 10, 10] })
            .door('d1', 'R', 'C')
            .door('d2', 'C', 'O')
            .item('far', 'diaper-table', 'O')
            .build(),
        subject: 'R',
        measured: 0,
      },
    ],
  });

  engineDisagrees(
    'two new infant rooms of 8 sharing one table in the bathroom between them need two tables — 082(4)(B)',
    '"one diapering table for every group of eight infant/toddlers": 16 infants in two groups need 2 tables; the engine ' +
      'counts the one table in the shared bathroom for each room in turn, so both rooms pass on one table.',
    () => {
      const p = plan(NEW)
        .room('I1', { ages: ['infant'], rect: [0, 0, 18, 20] })
        .room('I2', { ages: ['infant'], rect: [26, 0, 18, 20] })
        .bathroom('B', [18, 0, 8, 8], { doorTo: ['I1', 'I2'] })
        .exit('x1', 'I1', { side: 's' })
        .exit('x2', 'I2', { side: 's' })
        .item('dt', 'diaper-table', 'B')
        .build();
      expect(findingsOf(p, 'diaper.tables').some((f) => f.status === 'fail')).toBe(true);
    },
  );

  settledReading(
    'a group home read as licensed for at most 4 infant/toddlers has one group, so one table — 082(4)(A)-(B), 082(2)(B)2.A',
    'without an enrollment the engine reads a group home as a 2.A home of at most 4 infant/toddlers and caps its capacity ' +
      'there, yet asks the 400 sq ft infant room for a table per 8 of the 11 children its space would hold: 2 tables for ' +
      'what can be at most one group of 4.',
    () => {
      const p = room({ kind: 'group-home', licensing: 'new' }, ['infant', 'toddler'], [0, 0, 20, 20], { tables: 1 }).build();
      expect(findingsOf(p, 'diaper.tables').map((f) => [f.subject, f.status])).toEqual([['R', 'pass']]);
    },
  );
});
