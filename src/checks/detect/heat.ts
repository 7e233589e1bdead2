import { isNewSpace } from '../../engine/careAges.ts';
import { roomGeometry, roomName } from '../egress/egressDoors.ts';
import { childrenInCare } from '../egress/occupants.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { devicesIn, holdsFurnaceOrHeater } from './devices.ts';
import { FULL_COVERAGE_CHILDREN } from './smoke.ts';

/**
 * 500.087(12)(F)2, binding new licences and altered space: a center caring for more than 50 children at one time has
 * heat detectors in the kitchen and mechanical rooms (rooms of use `mechanical`, and any other room holding a furnace
 * or water heater). The attic and other places are the inspector's.
 */
export const detectHeat: Check = {
  id: 'detect.heat',
  citation: '5 CSR 25-500.087(12)(F)2',
  title: 'Heat detectors',
  run(facility) {
    const { children, basis } = childrenInCare(facility);
    const center = facility.plan.facility.kind === 'center';
    if (!center || children <= FULL_COVERAGE_CHILDREN) {
      return [finding(this, { status: 'n/a', measured: children, limit: FULL_COVERAGE_CHILDREN, unit: 'children', message: `Heat detectors are required in centers caring for more than 50 children; this ${center ? 'center' : 'group home'} has ${basis}.` })];
    }
    const out: Finding[] = [];
    for (const room of facility.rooms) {
      const kitchen = room.room.use === 'kitchen';
      const mechanical = room.room.use === 'mechanical' || (!room.isChildCare && holdsFurnaceOrHeater(room));
      if (!kitchen && !mechanical) continue;
      const what = kitchen ? 'a kitchen' : 'a mechanical room';
      const common = { subject: room.room.id, level: room.level.id, geometry: roomGeometry(room) };
      if (!isNewSpace(facility, room)) {
        out.push(finding(this, { ...common, status: 'n/a', message: `${roomName(room)} is ${what} in space licensed before the rules and not altered; the full-coverage alarm of (12)(F)2 binds new or altered space.` }));
        continue;
      }
      const n = devicesIn(room, 'heat-detector').length;
      out.push(finding(this, {
        ...common,
        status: n > 0 ? 'pass' : 'fail',
        measured: n,
        limit: 1,
        unit: 'detectors',
        message: `${roomName(room)} is ${what} with ${n === 0 ? 'no heat detector' : n === 1 ? 'a heat detector' : `${n} heat detectors`}; a center caring for more than 50 children (${basis}) needs one there.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No kitchen or mechanical room is drawn.' })];
    return out;
  },
};
