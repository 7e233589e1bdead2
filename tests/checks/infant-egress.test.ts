import { checkCases } from './checkTester.ts';
import { plan } from './planBuilder.ts';

/**
 * infant.egress, 5 CSR 25-500.087(6): "Facilities caring for children under the age of twenty-four (24) months shall
 * have two (2) means of egress out of each room that is dedicated for their use. One (1) means of egress shall lead
 * directly outside at level exit discharge. ... The direct exit outside is not required if the entire facility is
 * protected throughout by an approved supervised automatic sprinkler system." (6)(A): "Children shall not pass
 * through more than one (1) adjoining room to gain access to an exit door that leads directly outside."
 *
 * Layouts (feet): infant room I [0, 0, 20, 20]; hall H [20, 0, 6, 40] east of it with exits at both ends.
 */

const facility = (sprinklered = false) => plan({ kind: 'center', licensing: 'new', sprinklered });

const withHall = (o: { sprinklered?: boolean; ages?: ('infant' | 'toddler')[] } = {}) =>
  facility(o.sprinklered)
    .room('I', { ages: o.ages ?? ['infant'], rect: [0, 0, 20, 20], name: 'Infant Room' })
    .room('H', { use: 'corridor', rect: [20, 0, 6, 40], name: 'Hall' })
    .door('dh', 'I', 'H')
    .exit('xn', 'H', { side: 'n' })
    .exit('xs', 'H', { side: 's' });

/** I opens twice into room A [20, 0, 20, 20]; A opens into B [40, 0, 20, 20], which has the only door outside. */
const throughTwoRooms = () =>
  facility(true)
    .room('I', { ages: ['infant'], rect: [0, 0, 20, 20], name: 'Infant Room' })
    .room('A', { ages: ['preschool'], rect: [20, 0, 20, 20], name: 'Room A' })
    .room('B', { ages: ['preschool'], rect: [40, 0, 20, 20], name: 'Room B' })
    .door('d1', 'I', 'A', { along: 48 })
    .door('d2', 'I', 'A', { along: 192 })
    .door('d3', 'A', 'B')
    .exit('xb', 'B', { side: 'e' });

describe('infant.egress (5 CSR 25-500.087(6), (6)(A))', () => {
  checkCases('infant.egress', '5 CSR 25-500.087(6), (6)(A)', {
    valid: [
      {
        name: 'two means of egress, one a door directly outside at level exit discharge',
        plan: () => withHall().exit('xi', 'I', { side: 'w' }).build(),
        subject: 'I',
        measured: 2,
        limit: 2,
        message: /Infant Room has 2 means of egress \(dh, xi\); door xi leads directly outside/,
      },
      {
        name: 'sprinklered throughout: two means of egress without a door directly outside',
        plan: () =>
          withHall({ sprinklered: true })
            .room('A', { ages: ['preschool'], rect: [0, 20, 20, 20] })
            .door('da', 'I', 'A')
            .exit('xa', 'A', { side: 'w' })
            .build(),
        subject: 'I',
        measured: 2,
        message: /the building is sprinklered, so no door directly outside is needed/,
      },
      {
        name: '(6)(A): passing through one adjoining room to a door directly outside is allowed',
        plan: () => throughTwoRooms().exit('xa', 'A', { side: 'n' }).build(),
        subject: 'I',
      },
      {
        name: 'n/a when no room is used for children under 24 months',
        plan: () => plan().room('R', { ages: ['preschool'], rect: [0, 0, 20, 20] }).exit('x', 'R').build(),
        status: 'n/a',
        count: 1,
      },
    ],
    invalid: [
      {
        name: 'an infant room with one door (into the hall) has one means of egress',
        plan: () => withHall({ sprinklered: true }).build(),
        subject: 'I',
        measured: 1,
        limit: 2,
        message: /only one means of egress \(dh\), and needs two/,
      },
      {
        name: 'unsprinklered, two doors but neither leads directly outside',
        plan: () =>
          withHall()
            .room('A', { ages: ['preschool'], rect: [0, 20, 20, 20] })
            .door('da', 'I', 'A')
            .exit('xa', 'A', { side: 'w' })
            .build(),
        subject: 'I',
        measured: 2,
        message: /none of its doors leads directly outside at level exit discharge/,
      },
      {
        name: 'unsprinklered, the door outside has a step down (not level exit discharge)',
        plan: () => withHall().exit('xi', 'I', { side: 'w', levelDischarge: false }).build(),
        subject: 'I',
        message: /none of its doors leads directly outside at level exit discharge/,
      },
      {
        name: 'a door directly outside and a door into a closet: the closet leads nowhere, so one means of egress',
        plan: () =>
          facility()
            .room('I', { ages: ['infant'], rect: [0, 0, 20, 20], name: 'Infant Room' })
            .room('K', { use: 'closet', rect: [20, 0, 6, 6] })
            .door('dk', 'I', 'K')
            .exit('xi', 'I', { side: 'w' })
            .build(),
        subject: 'I',
        measured: 1,
        message: /only one means of egress \(xi\)/,
      },
      {
        name: 'a toddler room (under 24 months) is held to the same rule: one door fails',
        plan: () => withHall({ ages: ['toddler'] }).build(),
        subject: 'I',
        measured: 1,
      },
      {
        name: '(6)(A): the only door outside is two rooms away (through Room A and Room B)',
        plan: () => throughTwoRooms().build(),
        subject: 'I',
        measured: 2,
        message: /children pass through 2 rooms \(Room A, Room B\) to reach a door directly outside; at most one adjoining room is allowed/,
      },
    ],
  });
});
