import { reachableSleepingTravel, sleepingRoomTravel, tightSleepingTravelFrom } from '../../engine/egress/travel.ts';
import { atMost, finding } from '../finding.ts';
import type { Check } from '../types.ts';
import { feetText, toFeet } from './travelFormat.ts';

const LIMIT_FT = 50;

/** 500.087(8)(C): from any point of a sleeping room to that room's exit access, at most 50 ft (no sprinkler allowance). */
export const travelSleepingRoom: Check = {
  id: 'travel.sleeping-room',
  citation: '5 CSR 25-500.087(8)(C)',
  title: 'Travel distance within sleeping rooms',
  run(facility) {
    const rooms = facility.rooms.filter((r) => r.sleeping);
    if (rooms.length === 0) return [finding(this, { status: 'n/a', message: 'No room is used for napping or sleeping (no cribs, cots or playpens, none marked sleeping).' })];
    return rooms.map((room) => {
      const name = room.room.name || room.room.id;
      const common = { subject: room.room.id, level: room.level.id, limit: LIMIT_FT, unit: 'ft' };
      const t = sleepingRoomTravel(facility, room);
      if (!t || !t.exit || !Number.isFinite(t.distance)) {
        // A point no walk leaves at the method's clearance (see travel.any-point): measured again keeping half a body
        // width off everything, for someone to look at.
        const tight = t ? tightSleepingTravelFrom(facility, room, t.worstPoint) : null;
        if (!t || !tight) {
          return finding(this, { ...common, status: 'fail', geometry: { type: 'polygon', points: room.room.polygon }, message: `${name} is a sleeping room with no door that leads on to an exit, or a part of it cannot reach one.` });
        }
        const at = t.worstPoint.map(Math.round).join(', ');
        const cutOff = `no path leaves its point at ${at} keeping the measurement's 12" clearance from furniture, inside corners and door jambs`;
        // The rest of the room is still held to the limit by the method's own figure.
        const rest = reachableSleepingTravel(facility, room);
        if (rest?.exit && toFeet(rest.distance) > LIMIT_FT) {
          return finding(this, {
            ...common,
            status: 'fail',
            measured: toFeet(rest.distance),
            geometry: { type: 'path', points: rest.path },
            message: `The farthest point of sleeping room ${name} that a path leaves is ${feetText(rest.distance)} from its exit access door ${rest.exit.door.id} (limit 50'); besides, ${cutOff}.`,
          });
        }
        const ft = toFeet(tight.distance);
        return finding(this, {
          ...common,
          status: ft > LIMIT_FT ? 'fail' : 'verify',
          measured: ft,
          geometry: { type: 'path', points: tight.path },
          message: `Measured keeping only 6" (half a body width) off everything, the farthest point of sleeping room ${name} is ${feetText(tight.distance)} from its exit access door ${tight.door.door.id} (limit 50'), but ${cutOff}; check that way out.`,
        });
      }
      const ft = toFeet(t.distance);
      return finding(this, {
        ...common,
        status: atMost(ft, LIMIT_FT),
        measured: ft,
        geometry: { type: 'path', points: t.path },
        message: `The farthest point of sleeping room ${name} is ${feetText(t.distance)} from its exit access door ${t.exit.door.id} (limit 50').`,
      });
    });
  },
};
