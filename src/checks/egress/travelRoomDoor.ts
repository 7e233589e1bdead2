import { doorTravel, exitAccessDoors } from '../../engine/egress/travel.ts';
import type { DoorInfo } from '../../engine/facility.ts';
import { atMost, finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { exitLabel, feetText, toFeet, travelLimitFeet } from './travelFormat.ts';

/** 500.087(8)(A): from any room door intended as an exit access to an exit, at most 100 ft (150 ft sprinklered). */
export const travelRoomDoor: Check = {
  id: 'travel.room-door',
  citation: '5 CSR 25-500.087(8)(A)',
  title: 'Travel distance from each room door to an exit',
  run(facility) {
    const limit = travelLimitFeet(facility, 100, true);
    const doors = new Set<DoorInfo>();
    for (const room of facility.rooms) {
      if (room.room.use === 'corridor' || room.room.use === 'stair') continue; // passages, not rooms left by a door
      for (const d of exitAccessDoors(facility, room)) if (!d.isExit) doors.add(d);
    }
    if (doors.size === 0) return [finding(this, { status: 'n/a', message: 'Every room opens straight to an exit; no room door leads on to one.' })];
    const out: Finding[] = [];
    for (const door of doors) {
      const path = doorTravel(facility, door);
      const common = { subject: door.door.id, level: door.level.id, limit: limit.feet, unit: 'ft' };
      const rooms = [door.from, door.to].map((r) => r?.room.name ?? 'outside').join(' – ');
      if (!path) {
        out.push(finding(this, { ...common, status: 'fail', geometry: { type: 'segment', points: [door.door.a, door.door.b] }, message: `No exit can be reached from door ${door.door.id} (${rooms}).` }));
        continue;
      }
      const ft = toFeet(path.distance);
      out.push(finding(this, {
        ...common,
        status: atMost(ft, limit.feet),
        measured: ft,
        geometry: { type: 'path', points: path.points },
        message: `Door ${door.door.id} (${rooms}) is ${feetText(path.distance)} from ${exitLabel(path.exit)} (limit ${limit.why}).`,
      }));
    }
    return out;
  },
};
