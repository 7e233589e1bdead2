import { doorGeometry, doorName, roomName } from '../egress/egressDoors.ts';
import { levelsUsedByChildren } from '../levels/storeys.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { devicesOnLevel, nearestToDoor } from './devices.ts';

/** A pull station this close to an exit door's opening (5 ft) is "mounted at" it. */
export const PULL_STATION_REACH = 60;

/** Rooms that do not make a facility more than "one room": its bathrooms and closets. */
const ANCILLARY = new Set(['bathroom', 'closet']);

/**
 * 500.087(12)(E): every facility has a manual fire alarm system — a pull station at each exit door (within 5 ft of the
 * opening on its level) and at least one horn or strobe on each floor (here each level with child care) — except a
 * facility housed in one room only (bathrooms and closets aside) whose exit doors all lead directly outside at level
 * exit discharge. The rule sets no occupancy threshold. The horn's "central location" is the inspector's call.
 */
export const detectPullStations: Check = {
  id: 'detect.pull-stations',
  citation: '5 CSR 25-500.087(12)(E)',
  title: 'Manual fire alarm: pull stations and horns',
  run(facility) {
    const main = facility.rooms.filter((r) => !ANCILLARY.has(r.room.use));
    if (main.length === 1 && facility.exits.length > 0 && facility.exits.every((d) => d.isLevelExitDischarge)) {
      return [finding(this, { status: 'n/a', message: `The facility is housed in one room (${roomName(main[0]!)}) whose exit doors all lead directly outside at level exit discharge, so no manual fire alarm system is required.` })];
    }
    const out: Finding[] = [];
    for (const door of facility.exits) {
      const near = nearestToDoor(facility, door, 'pull-station');
      const ok = near !== null && near.distance <= PULL_STATION_REACH;
      const where = near === null ? 'no pull station is on its level' : `the nearest pull station, ${near.item.item.id}, is ${Math.round((near.distance / 12) * 10) / 10} ft away`;
      out.push(finding(this, {
        status: ok ? 'pass' : 'fail',
        subject: door.door.id,
        level: door.level.id,
        measured: near ? near.distance : null,
        limit: PULL_STATION_REACH,
        unit: 'in',
        geometry: doorGeometry(door),
        message: `Exit ${doorName(door)}: ${where}; a pull station must be mounted at each exit door (within 5 ft).`,
      }));
    }
    for (const { level } of levelsUsedByChildren(facility)) {
      const horns = devicesOnLevel(facility, level.id, 'horn-strobe');
      out.push(finding(this, {
        status: horns.length ? 'pass' : 'fail',
        subject: level.id,
        level: level.id,
        measured: horns.length,
        limit: 1,
        unit: 'horns/strobes',
        message: `${level.name || level.id} has ${horns.length === 0 ? 'no horn or strobe' : horns.length === 1 ? `horn/strobe ${horns[0]!.item.id}` : `${horns.length} horns/strobes`}; each floor needs at least one, in a central location.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No exit door or child-care level is drawn.' })];
    return out;
  },
};
