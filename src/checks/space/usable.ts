import { roomSpace } from '../../engine/roomSpace.ts';
import { toSquareFeet } from '../../model/quantities.ts';
import { finding, plural, sqft } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.082(2)(B)1.B-D: usable floor space per room, wall to wall, less deducted furniture and napping equipment. */
export const spaceUsable: Check = {
  id: 'space.usable',
  citation: '5 CSR 25-500.082(2)(B)1.B-D',
  title: 'Usable floor space of each room',
  run(facility) {
    return facility.rooms.map((room) => {
      const name = room.room.name || room.room.id;
      const common = { subject: room.room.id, level: room.level.id, unit: 'sq ft', geometry: { type: 'polygon' as const, points: room.room.polygon } };
      const space = roomSpace(facility, room);
      if (!space) {
        return finding(this, { ...common, status: 'n/a', measured: 0, message: `${name} (${room.room.use}) is not counted as child care space (500.082(2)(B)1.C).` });
      }
      const deducted = space.usable.deductedItems.length;
      const detail = deducted
        ? `${sqft(toSquareFeet(room.area))} wall to wall less ${sqft(toSquareFeet(space.usable.deducted))} under ${plural(deducted, 'deducted item')}${space.usable.nappingDeducted ? '' : ' (napping equipment not deducted, 082(2)(B)2.B.(I))'}`
        : `${sqft(toSquareFeet(room.area))} wall to wall, nothing deducted${space.usable.nappingDeducted ? '' : ' (napping equipment not deducted, 082(2)(B)2.B.(I))'}`;
      if (space.usableSqFt <= 0) {
        return finding(this, { ...common, status: 'fail', measured: 0, message: `${name} has no usable floor space left: ${detail}.` });
      }
      return finding(this, { ...common, status: 'pass', measured: space.usableSqFt, message: `${name} has ${sqft(space.usableSqFt)} of usable floor space: ${detail}.` });
    });
  },
};
