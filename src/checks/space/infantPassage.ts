import type { RoomUse } from '../../model/schema.ts';
import type { Check } from '../types.ts';

const UNIT_SUPPORT: ReadonlySet<RoomUse> = new Set(['bathroom', 'kitchen', 'storage', 'laundry']);
import { passageFindings } from './passage.ts';

/** 500.082(2)(B)2.B.(VIII): infant/toddler areas are not passageways for staff or older children. */
export const spaceInfantPassage: Check = {
  id: 'space.infant-passage',
  citation: '5 CSR 25-500.082(2)(B)2.B.(VIII)',
  title: 'Infant/toddler rooms are not passageways',
  run(facility) {
    return passageFindings(this, facility, {
      forbidden: (r) => r.servesInfantsOrToddlers,
      // Rooms people stay in; corridors, stairs and closets are judged through the rooms that use them.
      // A bathroom, closet or bottle kitchen entered only through infant/toddler rooms is the unit's own space
      // (2.B.(III)); a room of older children or an office behind the unit is not.
      starts: (r) =>
        !r.servesInfantsOrToddlers &&
        !['corridor', 'stair', 'closet'].includes(r.room.use) &&
        !(UNIT_SUPPORT.has(r.room.use) && r.doors.every((d) => facility.across(d, r)?.servesInfantsOrToddlers)),
      what: 'an infant/toddler room',
      none: 'No room is used for infants or toddlers.',
    });
  },
};
