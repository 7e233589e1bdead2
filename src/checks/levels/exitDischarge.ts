import { isNewSpace } from '../../engine/careAges.ts';
import type { DoorInfo, Facility, RoomInfo } from '../../engine/facility.ts';
import type { Level } from '../../model/schema.ts';
import { doorGeometry, feetInches, roomName, stairLinks } from '../egress/egressDoors.ts';
import { atMost, finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { levelsUsedByChildren, storeyName, storeyOf } from './storeys.ts';

export const MAX_BASEMENT_TRAVEL = 96;
export const MAX_UPPER_TRAVEL = 144;

interface Discharge {
  readonly door: DoorInfo;
  /** Inches of vertical travel from this floor to the ground outside. */
  readonly travel: number;
  readonly how: string;
}

/** An exit stair discharges directly outside when it is an outside stair or one of its ends has a door outside. */
function stairDischargesOutside(facility: Facility, stair: RoomInfo): boolean {
  if (stair.room.stair?.outside) return true;
  const ends = [stair, ...stairLinks(facility, stair)];
  return ends.some((r) => r.doors.some((d) => d.to === null));
}

/** The exits of a level that discharge directly to the outside, with the vertical travel each leaves. */
function dischargesOf(facility: Facility, level: Level): Discharge[] {
  const out: Discharge[] = [];
  const rise = Math.abs(level.elevation);
  for (const door of facility.exits) {
    if (door.level.id !== level.id) continue;
    if (door.to === null) {
      out.push(door.isLevelExitDischarge
        ? { door, travel: 0, how: `door ${door.door.id} leads outside at ground level` }
        : { door, travel: rise, how: `door ${door.door.id} leads outside, ${feetInches(rise)} from the ground` });
      continue;
    }
    const stair = door.exitFrom === door.from ? door.to : door.from;
    if (stairDischargesOutside(facility, stair)) out.push({ door, travel: rise, how: `door ${door.door.id} opens into exit stair ${roomName(stair)}, which discharges outside ${feetInches(rise)} ${level.elevation < 0 ? 'up' : 'down'}` });
  }
  return out.sort((a, b) => a.travel - b.travel);
}

/**
 * 500.087(7)(B)1, binding new licences and altered space: where children occupy a level below or above the level of
 * exit discharge, at least one means of egress is an exit discharging directly to the outside — a door outside, or
 * an exit stair (enclosed, with a door outside at one end, or an outside stair) — and the vertical travel to ground
 * level is at most 8 ft from a basement and 12 ft from a second floor (taken as the limit for any upper floor). The
 * remoteness of (7)(B)2 is egress.remote's finding for every level.
 */
export const levelsExitDischarge: Check = {
  id: 'levels.exit-discharge',
  citation: '5 CSR 25-500.087(7)(B)',
  title: 'Exit discharge from basements and upper floors',
  run(facility) {
    const out: Finding[] = [];
    for (const { level, rooms } of levelsUsedByChildren(facility)) {
      const storey = storeyOf(facility, level);
      if (storey === 0) continue;
      const name = level.name || level.id;
      const common = { subject: level.id, level: level.id };
      const where = `${name} (${storeyName(storey)}, used for ${rooms.map(roomName).join(', ')})`;
      if (!rooms.some((r) => isNewSpace(facility, r))) {
        out.push(finding(this, { ...common, status: 'n/a', message: `${where} is space licensed before the rules and not altered; the direct exit of 087(7)(B) binds new or altered space.` }));
        continue;
      }
      const basement = storey < 0;
      const limit = basement ? MAX_BASEMENT_TRAVEL : MAX_UPPER_TRAVEL;
      const limitText = basement ? 'at most 8 ft of vertical travel from a basement' : 'at most 12 ft of vertical travel from a second floor';
      const best = dischargesOf(facility, level)[0];
      if (!best) {
        out.push(finding(this, {
          ...common,
          status: 'fail',
          measured: Math.abs(level.elevation),
          limit,
          unit: 'in',
          message: `${where} has no exit discharging directly outside (a door outside, or an exit stair with a door outside); it needs one, with ${limitText}.`,
        }));
        continue;
      }
      out.push(finding(this, {
        ...common,
        status: atMost(best.travel, limit),
        measured: best.travel,
        limit,
        unit: 'in',
        citation: '5 CSR 25-500.087(7)(B)1',
        geometry: doorGeometry(best.door),
        message: `${where}: ${best.how}; an exit discharging directly outside needs ${limitText}.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'All child care is at the level of exit discharge.' })];
    return out;
  },
};
