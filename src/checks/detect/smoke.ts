import { isNewSpace } from '../../engine/careAges.ts';
import type { RoomInfo } from '../../engine/facility.ts';
import { roomGeometry, roomName } from '../egress/egressDoors.ts';
import { childrenInCare } from '../egress/occupants.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { devicesIn } from './devices.ts';

export const FULL_COVERAGE_CHILDREN = 50;

/**
 * 500.087(12)(D): a smoke detector in each room where children are cared for (every child-care room, and every room
 * where children nap); (12)(F)1 says the same of each room used by children in new or altered space. (12)(F)2: a
 * center caring for more than 50 children at one time has smoke detectors throughout its hallways too (new or
 * altered space). Other places "deemed necessary by the fire inspector" are the inspector's.
 */
export const detectSmoke: Check = {
  id: 'detect.smoke',
  citation: '5 CSR 25-500.087(12)(D), (F)',
  title: 'Smoke detectors',
  run(facility) {
    const { children, basis } = childrenInCare(facility);
    const large = facility.plan.facility.kind === 'center' && children > FULL_COVERAGE_CHILDREN;
    const out: Finding[] = [];
    const check = (room: RoomInfo, why: string, citation: string) => {
      const n = devicesIn(room, 'smoke-detector').length;
      out.push(finding(this, {
        status: n > 0 ? 'pass' : 'fail',
        subject: room.room.id,
        level: room.level.id,
        measured: n,
        limit: 1,
        unit: 'detectors',
        citation,
        geometry: roomGeometry(room),
        message: `${roomName(room)} has ${n === 0 ? 'no smoke detector' : n === 1 ? 'a smoke detector' : `${n} smoke detectors`}; ${why}.`,
      }));
    };
    for (const room of facility.rooms) {
      if (room.isChildCare || room.sleeping) {
        check(room, `every room where children are cared for${room.sleeping && !room.isChildCare ? ' or sleep' : ''} needs one`, '5 CSR 25-500.087(12)(D)');
      } else if (room.room.use === 'corridor' && large && isNewSpace(facility, room)) {
        check(room, `a center caring for more than 50 children (${basis}) needs smoke detectors throughout its hallways`, '5 CSR 25-500.087(12)(F)2');
      }
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No room where children are cared for is drawn.' })];
    return out;
  },
};
