import { routesAvoiding } from '../../engine/roomRoutes.ts';
import { reachableRoomTravel, roomTravel, tightTravelFrom } from '../../engine/egress/travel.ts';
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
    const routeOut = routesAvoiding(facility, () => false);
    return facility.rooms.filter((r) => r.room.use !== 'family').map((room) => {
      const name = room.room.name || room.room.id;
      const t = roomTravel(facility, room);
      const common = { subject: room.room.id, level: room.level.id, limit: limit.feet, unit: 'ft' };
      if (!t.exit || !Number.isFinite(t.distance)) {
        const at = t.worstPoint.map(Math.round).join(', ');
        if (!routeOut(room)) {
          const message = `No exit can be reached from ${name} (from its point at ${at}): there is no path through doors to a door outside or into an exit stair on this level.`;
          return finding(this, { ...common, status: 'fail', geometry: { type: 'point', points: [t.worstPoint] }, message });
        }
        // The rooms connect to an exit, yet no walk keeping the method's clearances leaves this point: a way out
        // narrower than the clearance — the corner of a restroom behind a sink and a toilet 20 in apart. Measured
        // again keeping half a body width off everything, it is for someone to look at, not the method's figure.
        const cutOff = `no path of travel leaves ${name} from its point at ${at} keeping the measurement's 12" clearance from furniture, inside corners and door jambs: the way out is narrower than that`;
        // The rest of the room is still held to the limit by the method's own figure.
        const rest = reachableRoomTravel(facility, room);
        if (rest?.exit && toFeet(rest.distance) > limit.feet) {
          return finding(this, {
            ...common,
            status: 'fail',
            measured: toFeet(rest.distance),
            geometry: { type: 'path', points: rest.path },
            message: `The farthest point of ${name} that a path of travel leaves is ${feetText(rest.distance)} from ${exitLabel(rest.exit)} (limit ${limit.why}); besides, ${cutOff}.`,
          });
        }
        const tight = tightTravelFrom(facility, room, t.worstPoint);
        if (!tight) {
          const message = `${cutOff[0]!.toUpperCase()}${cutOff.slice(1)}, and no way out is 12" wide.`;
          return finding(this, { ...common, status: 'fail', geometry: { type: 'point', points: [t.worstPoint] }, message });
        }
        const ft = toFeet(tight.distance);
        return finding(this, {
          ...common,
          status: ft > limit.feet ? 'fail' : 'verify',
          measured: ft,
          geometry: { type: 'path', points: tight.points },
          message: `Measured keeping only 6" (half a body width) off everything, the farthest point of ${name} is ${feetText(tight.distance)} from ${exitLabel(tight.exit)} (limit ${limit.why}), but ${cutOff}; check that way out.`,
        });
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
