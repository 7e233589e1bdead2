/**
 * Every check, in catalogue order (shared/docs/checks.md). Adding a check touches its own file and this list.
 */
import type { Facility } from '../engine/facility.ts';
import { bathPotty } from './bath/potty.ts';
import { bathSchoolAge } from './bath/schoolAge.ts';
import { bathStaff } from './bath/staff.ts';
import { bathToilets } from './bath/toilets.ts';
import { capacityLicensed } from './capacity/licensed.ts';
import { diaperTables } from './diaper/tables.ts';
import { finding } from './finding.ts';
import { indoorCeiling } from './indoor/ceiling.ts';
import { indoorFloor } from './indoor/floor.ts';
import { indoorMats } from './indoor/mats.ts';
import { indoorWindowBarrier } from './indoor/windowBarrier.ts';
import { outdoorArea } from './outdoor/area.ts';
import { egressClearPassage } from './egress/clearPassage.ts';
import { egressDeadEnd } from './egress/deadEnd.ts';
import { infantEgress } from './egress/infantEgress.ts';
import { egressRemote } from './egress/remote.ts';
import { egressThroughHazard } from './egress/throughHazard.ts';
import { egressTwoMeans } from './egress/twoMeans.ts';
import { FIRE_SAFETY_CHECKS } from './fireSafety.ts';
import { OUTDOOR_CHECKS } from './outdoor/index.ts';
import { travelAnyPoint } from './egress/travelAnyPoint.ts';
import { travelRoomDoor } from './egress/travelRoomDoor.ts';
import { travelSleepingRoom } from './egress/travelSleepingRoom.ts';
import { sleepAisle } from './sleep/aisle.ts';
import { sleepCribs } from './sleep/cribs.ts';
import { spaceInfantGroup } from './space/infantGroup.ts';
import { spaceInfantPassage } from './space/infantPassage.ts';
import { spaceInfantToddler } from './space/infantToddler.ts';
import { spaceKitchenPassage } from './space/kitchenPassage.ts';
import { spacePreschool } from './space/preschool.ts';
import { spaceSchoolAge } from './space/schoolAge.ts';
import { spaceUsable } from './space/usable.ts';
import type { Check, Finding } from './types.ts';

const fireSafety = (...ids: string[]): Check[] => ids.map((id) => FIRE_SAFETY_CHECKS.find((c) => c.id === id)!);

export const CHECKS: readonly Check[] = [
  spaceUsable,
  spacePreschool,
  spaceInfantToddler,
  spaceInfantGroup,
  spaceInfantPassage,
  spaceKitchenPassage,
  spaceSchoolAge,
  capacityLicensed,
  bathToilets,
  bathStaff,
  bathSchoolAge,
  bathPotty,
  diaperTables,
  sleepAisle,
  sleepCribs,
  indoorMats,
  indoorWindowBarrier,
  indoorFloor,
  indoorCeiling,
  outdoorArea,
  ...OUTDOOR_CHECKS,
  egressTwoMeans,
  egressRemote,
  ...fireSafety('egress.door-width', 'egress.swing', 'egress.exit-sign', 'egress.hardware'),
  egressThroughHazard,
  egressDeadEnd,
  ...fireSafety('egress.no-ladder'),
  egressClearPassage,
  infantEgress,
  travelRoomDoor,
  travelAnyPoint,
  travelSleepingRoom,
  ...FIRE_SAFETY_CHECKS.filter((c) => !c.id.startsWith('egress.')),
];

/** Runs every check. A check that throws is a bug; it becomes a `warn` finding instead of losing the report. */
export function runChecks(facility: Facility, checks: readonly Check[] = CHECKS): Finding[] {
  const out: Finding[] = [];
  for (const check of checks) {
    try {
      out.push(...check.run(facility));
    } catch (e) {
      out.push(finding(check, { status: 'warn', message: `SafePlan could not evaluate this check (${e instanceof Error ? e.message : String(e)}); please report it.` }));
    }
  }
  return out;
}
