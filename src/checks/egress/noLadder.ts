import type { RoomInfo } from '../../engine/facility.ts';
import type { RoomUse } from '../../model/schema.ts';
import { storeyOf } from '../levels/storeys.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { inches, roomGeometry, roomName } from './egressDoors.ts';

/**
 * A "stair" this steep is a ladder or folding (attic) stair, not a stairway: the rule names no figure, so SafePlan
 * takes a riser over 12" (no stair code allows one) or a tread under 6" (a ladder rung, or a pull-down attic stair).
 */
export const LADDER_RISER = 12;
export const LADDER_TREAD = 6;

/** Rooms nobody occupies: a storage attic or crawl space reached by ladder is allowed. */
const UNOCCUPIED: ReadonlySet<RoomUse> = new Set<RoomUse>(['stair', 'storage', 'mechanical', 'closet', 'corridor', 'garage']);

interface Way {
  readonly stair: RoomInfo;
  readonly ladder: boolean;
}

/**
 * 500.087(4)(B): no room or space reachable only by a ladder, folding stairs, an overhead door or a trap door is
 * occupied. Per level with an occupied room: a level at the level of exit discharge (or with a door outside at level
 * discharge) is reached on foot; any other level needs at least one stair that is not a ladder (see LADDER_RISER).
 * And per room: an occupied room whose every door is an overhead door fails.
 */
export const egressNoLadder: Check = {
  id: 'egress.no-ladder',
  citation: '5 CSR 25-500.087(4)(B)',
  title: 'No occupied room reached only by ladder',
  run(facility) {
    const out: Finding[] = [];
    for (const level of facility.plan.levels) {
      const rooms = facility.rooms.filter((r) => r.level.id === level.id);
      const occupied = rooms.filter((r) => !UNOCCUPIED.has(r.room.use));
      if (occupied.length === 0) continue;
      const common = { subject: level.id, level: level.id };
      const levelName = level.name || level.id;

      for (const room of occupied) {
        if (room.doors.length === 0 || !room.doors.every((d) => d.door.kind === 'overhead')) continue;
        out.push(finding(this, { status: 'fail', subject: room.room.id, level: level.id, geometry: roomGeometry(room), message: `${roomName(room)} is reached only through an overhead door; an occupied room needs an ordinary door.` }));
      }

      const atGrade = storeyOf(facility, level) === 0 || facility.doors.some((d) => d.level.id === level.id && d.isLevelExitDischarge);
      if (atGrade) {
        out.push(finding(this, { ...common, status: 'pass', message: `${levelName} is at the level of exit discharge, reached without stairs.` }));
        continue;
      }
      const ways: Way[] = [];
      for (const r of facility.rooms) {
        const stair = r.room.stair;
        if (!stair) continue;
        if (r.level.id === level.id || stair.to === level.id) ways.push({ stair: r, ladder: stair.riser > LADDER_RISER || stair.tread < LADDER_TREAD });
      }
      const real = ways.filter((w) => !w.ladder);
      if (real.length) {
        out.push(finding(this, { ...common, status: 'pass', message: `${levelName} is reached by stair ${roomName(real[0]!.stair)} (${inches(real[0]!.stair.room.stair!.riser)} risers, ${inches(real[0]!.stair.room.stair!.tread)} treads).` }));
      } else if (ways.length) {
        const w = ways[0]!.stair.room.stair!;
        out.push(finding(this, {
          ...common,
          status: 'fail',
          measured: w.riser > LADDER_RISER ? w.riser : w.tread,
          limit: w.riser > LADDER_RISER ? LADDER_RISER : LADDER_TREAD,
          unit: 'in',
          geometry: roomGeometry(ways[0]!.stair),
          message: `${levelName} is reached only by ${ways.map((x) => roomName(x.stair)).join(', ')}, a ladder or folding stair (${inches(w.riser)} risers, ${inches(w.tread)} treads; a stair has risers of at most 12" and treads of at least 6"), so ${occupied.map(roomName).join(', ')} may not be occupied.`,
        }));
      } else {
        out.push(finding(this, { ...common, status: 'verify', message: `No stair to ${levelName} is drawn; draw the stair so the way up or down can be checked (no occupied room may be reached only by ladder, folding stair or trap door).` }));
      }
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No occupied room is drawn.' })];
    return out;
  },
};
