import type { RoomUse } from '../../model/schema.ts';
import { passageFindings } from '../space/passage.ts';
import type { Check } from '../types.ts';

const HAZARDS: ReadonlySet<RoomUse> = new Set(['kitchen', 'bathroom', 'storage', 'mechanical', 'garage']);

/** 500.087(4)(F): children do not exit through a kitchen, bathroom, storage room, furnace room or garage. */
export const egressThroughHazard: Check = {
  id: 'egress.through-hazard',
  citation: '5 CSR 25-500.087(4)(F)',
  title: 'No exit route through hazardous rooms',
  run(facility) {
    return passageFindings(this, facility, {
      forbidden: (r) => HAZARDS.has(r.room.use),
      starts: (r) => r.isChildCare,
      what: 'a kitchen, bathroom, storage room, furnace room or garage',
      none: 'The plan has no kitchen, bathroom, storage, mechanical room or garage.',
    });
  },
};
