import { checkCases, engineDisagrees, settledReading } from './checkTester.ts';
import { findingsOf, plan } from './planBuilder.ts';

// Layouts (feet): I = infant room, P = preschool room, C = corridor, O = office, K = kitchen.
const center = () => plan({ kind: 'center', licensing: 'new' });

describe('space.infant-passage (5 CSR 25-500.082(2)(B)2.B.(VIII))', () => {
  checkCases('space.infant-passage', '5 CSR 25-500.082(2)(B)2.B.(VIII)', {
    valid: [
      {
        name: 'a preschool room with its own exit and an infant room with its own exit: nobody passes through',
        plan: () =>
          center()
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .room('P', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .exit('xi', 'I')
            .exit('xp', 'P')
            .build(),
        subject: 'P',
        count: 1,
      },
      {
        name: 'rooms off a corridor reach its exit without entering the infant room beside them',
        plan: () =>
          center()
            .room('C', { use: 'corridor', rect: [0, 20, 60, 6] })
            .room('I', { ages: ['infant', 'toddler'], rect: [0, 0, 20, 20] })
            .room('P', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .room('O', { use: 'office', rect: [40, 0, 20, 20] })
            .door('di', 'I', 'C')
            .door('dp', 'P', 'C')
            .door('do', 'O', 'C')
            .exit('xc', 'C', { side: 'e' })
            .exit('xi', 'I', { side: 'w' })
            .build(),
        subject: 'P',
        count: 2,
        also: (_f, all) => expect(all.map((x) => [x.subject, x.status])).toEqual([['P', 'pass'], ['O', 'pass']]),
      },
      {
        name: 'a room with a door into the infant room and another way out is not forced through it',
        plan: () =>
          center()
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .room('P', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .room('C', { use: 'corridor', rect: [20, 20, 20, 6] })
            .door('dip', 'I', 'P')
            .door('dpc', 'P', 'C')
            .exit('xi', 'I', { side: 'w' })
            .exit('xc', 'C', { side: 'e' })
            .build(),
        subject: 'P',
        message: /via C/,
      },
      {
        name: 'a room of only two-year-olds is not an infant/toddler area: passing through it is not checked here',
        plan: () =>
          center()
            .room('T', { ages: ['two'], rect: [0, 0, 20, 20] })
            .room('P', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .door('d', 'P', 'T')
            .exit('xt', 'T', { side: 'w' })
            .build(),
        status: 'n/a',
      },
      {
        name: 'n/a when no room is used for infants or toddlers',
        plan: () => center().room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'P').build(),
        status: 'n/a',
      },
    ],
    invalid: [
      {
        name: "a preschool room whose only door opens into the infant room: older children pass through it to the exit",
        plan: () =>
          center()
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .room('P', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .door('d', 'P', 'I')
            .exit('xi', 'I', { side: 'w' })
            .build(),
        subject: 'P',
        message: /infant\/toddler room: I/,
      },
      {
        name: 'an office reached only through a toddler room: staff use it as a passageway',
        plan: () =>
          center()
            .room('T', { ages: ['toddler'], rect: [0, 0, 20, 20] })
            .room('O', { use: 'office', rect: [20, 0, 10, 10] })
            .door('d', 'O', 'T')
            .exit('xt', 'T', { side: 'w' })
            .build(),
        subject: 'O',
      },
      {
        name: 'a preschool room whose route runs through the infant room and on down the corridor',
        plan: () =>
          center()
            .room('P', { ages: ['preschool'], rect: [0, 0, 20, 20] })
            .room('I', { ages: ['infant'], rect: [20, 0, 20, 20] })
            .room('C', { use: 'corridor', rect: [40, 0, 6, 20] })
            .door('dpi', 'P', 'I')
            .door('dic', 'I', 'C')
            .exit('xc', 'C', { side: 'e' })
            .build(),
        subject: 'P',
        message: /I/,
      },
      {
        name: 'a preschool room with no route to any exit',
        plan: () =>
          center()
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .room('P', { ages: ['preschool'], rect: [30, 0, 20, 20] })
            .exit('xi', 'I')
            .build(),
        subject: 'P',
        message: /no route/,
      },
      {
        name: 'a plan with no exit at all fails as a whole',
        plan: () =>
          center()
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
            .room('P', { ages: ['preschool'], rect: [20, 0, 20, 20] })
            .door('d', 'P', 'I')
            .build(),
        subject: null,
      },
    ],
  });

  it('names the forced infant room and the exit in the message', () => {
    const p = center()
      .room('I', { ages: ['infant'], rect: [0, 0, 20, 20] })
      .room('P', { ages: ['preschool'], rect: [20, 0, 20, 20] })
      .door('d', 'P', 'I')
      .exit('xi', 'I', { side: 'w' })
      .build();
    const [f] = findingsOf(p, 'space.infant-passage');
    expect(f?.message).toBe('Every route from P to an exit passes through an infant/toddler room: I (nearest way out via I, exit xi).');
  });

  settledReading(
    "the infant unit's own bathroom, opening only off the infant room, is part of the unit, not a passage — 082(2)(B)2.B.(III), (VIII)",
    '082(2)(B)2.B.(III) requires bathroom space IN the infant/toddler unit; reaching it through the infant room is not ' +
      'staff or older children using the infant area "as passageways to other areas of the building". The engine treats ' +
      'every non-infant room (bathrooms, bottle kitchens) as a start that must reach an exit avoiding the infant room.',
    () => {
      const p = center()
        .room('I', { ages: ['infant', 'toddler'], rect: [0, 0, 20, 20] })
        .bathroom('IB', [20, 0, 8, 8], { doorTo: 'I' })
        .exit('xi', 'I', { side: 'w' })
        .build();
      expect(findingsOf(p, 'space.infant-passage').filter((f) => f.status === 'fail').map((f) => f.message)).toEqual([]);
    },
  );

  engineDisagrees(
    'a preschool room reached from the rest of the building only through the infant room is a passage, even with its own outside door — 082(2)(B)2.B.(VIII)',
    '(VIII) forbids infant/toddler areas as "passageways to other areas of the building", not only as routes to an exit: ' +
      'staff and children going between the office and the preschool room can only do it through the infant room. The ' +
      "engine checks only each room's route to the nearest exit (checks.md reads the rule that narrowly).",
    () => {
      const p = center()
        .room('O', { use: 'office', rect: [0, 0, 20, 20] })
        .room('I', { ages: ['infant'], rect: [20, 0, 20, 20] })
        .room('P', { ages: ['preschool'], rect: [40, 0, 20, 20] })
        .door('doi', 'O', 'I')
        .door('dip', 'I', 'P')
        .exit('xo', 'O', { side: 'w' })
        .exit('xi', 'I', { side: 's' })
        .exit('xp', 'P', { side: 'e' })
        .build();
      expect(findingsOf(p, 'space.infant-passage').some((f) => f.status === 'fail')).toBe(true);
    },
  );
});
