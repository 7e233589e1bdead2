import type { DoorInfo, RoomInfo } from '../../engine/facility.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { doorGeometry, doorName, egressDoorsOf, roomName } from './egressDoors.ts';

const sideName = (facilityRoom: RoomInfo | null): string => (facilityRoom ? roomName(facilityRoom) : 'outside');

/**
 * 500.087(4)(C): exit doors swing in the direction of egress travel — outward, to outside or into the exit stair;
 * 087(6): the egress doors of a room for children under 24 months swing in the direction of egress, out of the room.
 * A door that does not swing (sliding, folding, overhead) cannot swing with the flow, so it fails on an exit; a bare
 * opening with no leaf has nothing that could close against the crowd. 087(4)(B) also bars overhead doors as the way
 * into an occupied room.
 */
export const egressSwing: Check = {
  id: 'egress.swing',
  citation: '5 CSR 25-500.087(4)(C), (6)',
  title: 'Exit doors swing in the direction of egress',
  run(facility) {
    // door → the side it must swing into (null: outside), and why
    const wanted = new Map<DoorInfo, { into: Set<RoomInfo | null>; why: string; citation: string }>();
    for (const door of facility.exits) {
      const into = door.to === null ? null : door.exitFrom === door.from ? door.to : door.from;
      wanted.set(door, { into: new Set([into]), why: `an exit door swings toward the exit (${sideName(into)})`, citation: '5 CSR 25-500.087(4)(C)' });
    }
    for (const room of facility.rooms) {
      if (!room.servesInfantsOrToddlers) continue;
      for (const door of egressDoorsOf(facility, room)) {
        const away = facility.across(door, room);
        const w = wanted.get(door);
        if (w && w.citation === '5 CSR 25-500.087(4)(C)') continue; // an exit: already wanted outward, the same way
        if (w) {
          // The egress door of two infant rooms (one adjoins the other): either way is a way out for one of them.
          w.into.add(away);
          w.why = `a door between two rooms for children under 24 months swings out of one of them`;
          continue;
        }
        wanted.set(door, { into: new Set([away]), why: `the egress doors of ${roomName(room)}, a room for children under 24 months, swing out of the room (toward ${sideName(away)})`, citation: '5 CSR 25-500.087(6)' });
      }
    }
    if (wanted.size === 0) return [finding(this, { status: 'n/a', message: 'No exit door (to outside or into an exit stair) is drawn.' })];

    const out: Finding[] = [];
    for (const door of facility.doors) {
      const w = wanted.get(door);
      if (!w) continue;
      const kind = door.door.kind ?? 'swing';
      const name = doorName(door);
      const common = { subject: door.door.id, level: door.level.id, citation: w.citation, geometry: doorGeometry(door) };
      if (kind === 'opening') {
        out.push(finding(this, { ...common, status: 'pass', message: `${name} is a bare opening with no leaf, so nothing swings against egress.` }));
        continue;
      }
      if (kind !== 'swing' || door.door.swing === 'none') {
        const what = kind === 'swing' ? 'drawn as not swinging' : `a${kind === 'overhead' ? 'n' : ''} ${kind} door`;
        out.push(finding(this, { ...common, status: 'fail', message: `${name} is ${what}; ${w.why}, so it must be a side-hinged swinging door.` }));
        continue;
      }
      const swingsInto = door.door.swing === 'outside' ? null : facility.roomsById.get(door.door.swing) ?? null;
      const ok = w.into.has(swingsInto);
      out.push(finding(this, {
        ...common,
        status: ok ? 'pass' : 'fail',
        message: `${name} swings into ${sideName(swingsInto)}; ${w.why}.`,
      }));
    }
    return out;
  },
};
