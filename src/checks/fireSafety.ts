/**
 * The fire-safety checks of 500.087 (and the stair handrail of 082(1)(D)) written alongside the egress engine, in
 * catalogue order (shared/docs/checks.md, Egress table). The lead registers this list in CHECKS.
 */
import { detectCo } from './detect/co.ts';
import { detectExtinguisher } from './detect/extinguisher.ts';
import { detectHeat } from './detect/heat.ts';
import { detectMonitoring } from './detect/monitoring.ts';
import { detectPullStations } from './detect/pullStations.ts';
import { detectSmoke } from './detect/smoke.ts';
import { egressDoorWidth } from './egress/doorWidth.ts';
import { egressExitSign } from './egress/exitSign.ts';
import { egressHardware } from './egress/hardware.ts';
import { egressNoLadder } from './egress/noLadder.ts';
import { egressSwing } from './egress/swing.ts';
import { levelsBelowGrade } from './levels/belowGrade.ts';
import { levelsExitDischarge } from './levels/exitDischarge.ts';
import { levelsSprinklers } from './levels/sprinklers.ts';
import { protectHazardRooms } from './protect/hazardRooms.ts';
import { protectLevelDoors } from './protect/levelDoors.ts';
import { stairsGeometry } from './stairs/geometry.ts';
import type { Check } from './types.ts';
import { windowRescue } from './window/rescue.ts';

export const FIRE_SAFETY_CHECKS: Check[] = [
  egressDoorWidth,
  egressSwing,
  egressExitSign,
  egressHardware,
  egressNoLadder,
  windowRescue,
  levelsBelowGrade,
  levelsExitDischarge,
  levelsSprinklers,
  stairsGeometry,
  protectHazardRooms,
  protectLevelDoors,
  detectSmoke,
  detectHeat,
  detectPullStations,
  detectExtinguisher,
  detectCo,
  detectMonitoring,
];
