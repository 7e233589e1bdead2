/**
 * The outdoor checks of the catalogue (checks.md, "Outdoors"), in catalogue order after `outdoor.area`, which is
 * registered on its own in checks/index.ts.
 */
import type { Check } from '../types.ts';
import { outdoorEquipmentHeight } from './equipmentHeight.ts';
import { outdoorFallZone } from './fallZone.ts';
import { outdoorFence } from './fence.ts';
import { outdoorInfantSeparate } from './infantSeparate.ts';
import { outdoorPool } from './pool.ts';
import { outdoorTrampoline } from './trampoline.ts';

export { outdoorEquipmentHeight, outdoorFallZone, outdoorFence, outdoorInfantSeparate, outdoorPool, outdoorTrampoline };

export const OUTDOOR_CHECKS: Check[] = [
  outdoorFence,
  outdoorInfantSeparate,
  outdoorFallZone,
  outdoorEquipmentHeight,
  outdoorTrampoline,
  outdoorPool,
];
