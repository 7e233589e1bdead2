import { infantToddlerRule, isNewSpace } from '../../engine/careAges.ts';
import { finding } from '../finding.ts';
import type { Check } from '../types.ts';

/**
 * 500.082(2)(A)7: concrete floors in child care space are covered; 082(2)(B)2.B.(VI): infant/toddler floors are
 * tile, linoleum or wood, and new infant/toddler space has no carpet.
 */
export const indoorFloor: Check = {
  id: 'indoor.floor',
  citation: '5 CSR 25-500.082(2)(A)7, (2)(B)2.B.(VI)',
  title: 'Floor coverings',
  run(facility) {
    const rooms = facility.rooms.filter((r) => r.isChildCare);
    if (rooms.length === 0) return [finding(this, { status: 'n/a', message: 'No child-care rooms are drawn.' })];
    return rooms.map((room) => {
      const name = room.room.name || room.room.id;
      const floor = room.room.floor;
      const common = { subject: room.room.id, level: room.level.id };
      if (!floor) return finding(this, { ...common, status: 'verify', message: `${name} has no floor covering set; set it so the plan shows the floor is covered.` });
      if (floor === 'concrete') return finding(this, { ...common, status: 'fail', citation: '5 CSR 25-500.082(2)(A)7', message: `${name} has a bare concrete floor; child care space must be covered with carpet, tile, linoleum or another covering.` });
      if (room.servesInfantsOrToddlers && floor === 'carpet' && isNewSpace(facility, room) && infantToddlerRule(facility).size === 'large') {
        return finding(this, { ...common, status: 'fail', citation: '5 CSR 25-500.082(2)(B)2.B.(VI)', message: `${name} is new infant/toddler space with carpet; use tile, linoleum or wood (washable rugs are allowed).` });
      }
      return finding(this, { ...common, status: 'pass', message: `${name} has a ${floor} floor.` });
    });
  },
};
