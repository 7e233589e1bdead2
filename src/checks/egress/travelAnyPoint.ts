import { roomTravel } from '../../engine/egress/travel.ts';
import { atMost, finding } from '../finding.ts';
import type { Check } from '../types.ts';
import { exitLabel, feetText, toFeet, travelLimitFeet } from './travelFormat.ts';

/** 500.087(8)(B): from any point in a room to an exit, at most 150 ft (200 ft sprinklered). */
export const travelAnyPoint: Check = {
  id: 'travel.any-point',
  citation: '5 CSR 25-500.087(8)(B)',
  title: 'Travel distance from any point to an exit',
  run(facility) {
    const limit = travelLimitFeet(facility, 150, true);
    // The provider's family quarters are not child care space (082(2)(B)1.I).
    return facility.rooms.filter((r) => r.room.use !== 'family').map((room) => {
      const name = room.room.name || room.room.id;
      const t = roomTravel(facility, room);
      const common = { subject: room.room.id, level: room.level.id, limit: limit.feet, unit: 'ft' };
      if (!t.exit || !Number.isFinite(t.distance)) {
        return finding(this, { ...common, status: 'fail', geometry: { type: 'point', points: [t.worstPoint] }, message: `No exit can be reached from ${name} (from its point at ${t.worstPoint.map(Math.round).join(', ')}): there is no path through doors to a door outside or into an exit stair on this level.` });
      }
      const ft = toFeet(t.distance);
      return finding(this, {
        ...common,
        status: atMost(ft, limit.feet),
        measured: ft,
        geometry: { type: 'path', points: t.path },
        message: `The farthest point of ${name} is ${feetText(t.distance)} from ${exitLabel(t.exit)} (limit ${limit.why}).`,
      });
    });
  },
};
