import type { ItemType } from '../../src/model/schema.ts';
import { checkCases, settledReading } from './checkTester.ts';
import { findingOf, plan, type ItemOptions } from './planBuilder.ts';

// A full-size crib is 30 x 55 in: its long sides face west and east unless rotated. A crib "against the west wall"
// is centred 15" from it. Rooms are 10 ft deep; their width (inches) sets the aisle left on the east side.
const room = (widthIn: number) => plan({ kind: 'center', licensing: 'new' }).room('R', { ages: ['infant'], rect: [0, 0, widthIn / 12, 10] });
const againstWestWall: ItemOptions = { at: [15, 60] };

describe('sleep.aisle (5 CSR 25-500.092(1)(B)1.D)', () => {
  checkCases('sleep.aisle', '5 CSR 25-500.092(1)(B)1.D', {
    valid: [
      {
        name: 'a crib against the wall with exactly 24" to the opposite wall has its 2 ft aisle — 092(1)(B)1.D',
        plan: () => room(54).item('c', 'crib', 'R', againstWestWall).build(),
        subject: 'c',
        limit: 24,
        unit: 'in',
      },
      {
        name: 'two cribs exactly 24" apart: the aisle between them serves both — 092(1)(B)1.D',
        plan: () => room(120).item('a', 'crib', 'R', againstWestWall).item('b', 'crib', 'R', { at: [69, 60] }).build(),
        subject: 'a',
        count: 2,
      },
      {
        name: 'a crib in the open has aisles on both long sides',
        plan: () => room(120).item('c', 'crib', 'R').build(),
        subject: 'c',
      },
      {
        name: 'a crib turned 90° against the north wall, 24" clear to the south wall',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('R', { ages: ['infant'], rect: [0, 0, 10, 4.5] })
            .item('c', 'crib', 'R', { at: [60, 15], rotation: 90 })
            .build(),
        subject: 'c',
      },
      // Default widths (plan-format.md, defaults.ts): cot 23, playpen 29, portable crib 26, bed 39 in.
      ...([['cot', 23], ['playpen', 29], ['portable-crib', 26], ['bed', 39]] as [ItemType, number][]).map(([type, width]) => ({
        name: `a ${type} against a wall with exactly 24" clear along its other long side`,
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('R', { ages: ['toddler'], rect: [0, 0, (width + 24) / 12, 10] })
            .item('s', type, 'R', { at: [width / 2, 60] })
            .build(),
        subject: 's',
      })),
      {
        name: 'a smoke detector above the aisle is not in it (devices take no floor)',
        plan: () => room(54).item('c', 'crib', 'R', againstWestWall).item('sd', 'smoke-detector', 'R', { at: [42, 60] }).build(),
        subject: 'c',
      },
      {
        name: 'n/a with no cribs, cots or beds drawn',
        plan: () => room(120).build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: 'a crib against the wall with 23.5" to the opposite wall — 092(1)(B)1.D',
        plan: () => room(53.5).item('c', 'crib', 'R', againstWestWall).build(),
        subject: 'c',
        measured: 0,
        limit: 24,
        message: /a wall on one side and a wall on the other/,
      },
      {
        name: 'two cribs 23" apart, the first against the wall: it has no aisle — 092(1)(B)1.D',
        plan: () => room(120).item('a', 'crib', 'R', againstWestWall).item('b', 'crib', 'R', { at: [68, 60] }).build(),
        subject: 'a',
        message: /a wall on one side and b on the other/,
      },
      {
        name: 'a crib centred with 20" on each side — 092(1)(B)1.D',
        plan: () => room(70).item('c', 'crib', 'R', { at: [35, 60] }).build(),
        subject: 'c',
      },
      {
        name: 'adult shelving in the aisle blocks it: "free of ... other equipment and furniture"',
        plan: () => room(120).item('c', 'crib', 'R', againstWestWall).item('s', 'shelving', 'R', { at: [42, 60], size: [15, 48], usedByChildren: true }).build(),
        subject: 'c',
        message: /s on the other/,
      },
      {
        name: 'two cribs side by side against the wall: the inner one is boxed in (the outer one is fine)',
        plan: () => room(120).item('a', 'crib', 'R', againstWestWall).item('b', 'crib', 'R', { at: [45, 60] }).build(),
        subject: 'a',
        count: 2,
        also: (_f, all) => expect(all.find((x) => x.subject === 'b')?.status).toBe('pass'),
      },
      {
        name: 'open space only at the foot does not count: the aisle is along a LONG side — 092(1)(B)1.D',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('R', { ages: ['infant'], rect: [0, 0, 2.5, 10] })
            .item('c', 'crib', 'R', { at: [15, 40] })
            .build(),
        subject: 'c',
      },
      {
        name: 'a cot in a nap room with a table against its open side',
        plan: () =>
          plan({ kind: 'center', licensing: 'new' })
            .room('R', { ages: ['preschool'], rect: [0, 0, 10, 10] })
            .item('c', 'cot', 'R', { at: [11.5, 60] })
            .item('t', 'table', 'R', { at: [53, 60] })
            .build(),
        subject: 'c',
      },
    ],
  });

  settledReading(
    'two cribs 23.5" apart, the first against the wall: its aisle is half an inch short — 092(1)(B)1.D',
    'the rule asks for "at least a two foot (2\') aisle"; the engine lets neighbouring equipment intrude 0.5" into the ' +
      'strip (convexOverlap tolerance 0.5 in sleepingAisle.ts), so a 23.5" gap between cribs passes while the same gap ' +
      'to a wall fails.',
    () => {
      const p = room(120).item('a', 'crib', 'R', againstWestWall).item('b', 'crib', 'R', { at: [68.5, 60] }).build();
      expect(findingOf(p, 'sleep.aisle', 'a').status).toBe('fail');
    },
  );
});
