import { isNewSpace } from '../../engine/careAges.ts';
import { ceilingHeight } from '../../model/defaults.ts';
import { atLeast, finding } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.087(2)(U): ceilings at least 7 ft, or 7 ft 6 in in space first approved (or altered) under these rules. */
export const indoorCeiling: Check = {
  id: 'indoor.ceiling',
  citation: '5 CSR 25-500.087(2)(U)',
  title: 'Ceiling height',
  run(facility) {
    const rooms = facility.rooms.filter((r) => r.isChildCare);
    if (rooms.length === 0) return [finding(this, { status: 'n/a', message: 'No child-care rooms are drawn.' })];
    return rooms.map((room) => {
      const name = room.room.name || room.room.id;
      const fresh = isNewSpace(facility, room);
      const limit = fresh ? 90 : 84;
      const height = ceilingHeight(room.room);
      const why = fresh ? (room.room.altered ? 'altered space' : 'a new licence') : 'space approved before the rules';
      const text = `${Math.floor(height / 12)}'-${Math.round((height % 12) * 10) / 10}"`;
      const status = room.room.ceilingHeight === undefined && height >= limit ? 'warn' : atLeast(height, limit);
      const defaulted = room.room.ceilingHeight === undefined ? ' (the default; measure and set it)' : '';
      return finding(this, {
        subject: room.room.id,
        level: room.level.id,
        status,
        measured: height,
        limit,
        unit: 'in',
        message: `The ceiling of ${name} is ${text}${defaulted}; at least ${fresh ? `7'-6"` : `7'-0"`} for ${why}.`,
      });
    });
  },
};
