import type { RoomInfo } from '../../engine/facility.ts';
import { roomGeometry, roomName } from '../egress/egressDoors.ts';
import { levelsUsedByChildren } from '../levels/storeys.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { devicesIn, devicesOnLevel } from './devices.ts';

/**
 * 500.087(12)(B): at least one portable 5 lb 2A-10BC extinguisher in every facility, one of them in or near the
 * kitchen — in it, or in a room joined to it by a door. "The fire inspector may require additional fire extinguishers
 * based on ... the number of levels used": a level with child care and none is `verify` (only when more than one
 * level has child care). Its rating and annual inspection (12)(C) are on-site checks.
 */
export const detectExtinguisher: Check = {
  id: 'detect.extinguisher',
  citation: '5 CSR 25-500.087(12)(B)',
  title: 'Fire extinguishers',
  run(facility) {
    const all = facility.items.filter((i) => i.item.type === 'extinguisher');
    const kitchens = facility.rooms.filter((r) => r.room.use === 'kitchen');
    const out: Finding[] = [];
    out.push(finding(this, {
      status: all.length ? 'pass' : 'fail',
      measured: all.length,
      limit: 1,
      unit: 'extinguishers',
      message: `The plan shows ${all.length === 0 ? 'no fire extinguisher' : all.length === 1 ? 'one fire extinguisher' : `${all.length} fire extinguishers`}; every facility needs at least one 5 lb 2A-10BC extinguisher${kitchens.length ? '' : ' (no kitchen is drawn, so the inspector picks where)'}.`,
    }));
    for (const kitchen of kitchens) {
      const own = devicesIn(kitchen, 'extinguisher');
      const next: { room: RoomInfo; id: string }[] = [];
      for (const d of kitchen.doors) {
        const other = facility.across(d, kitchen);
        if (other) for (const e of devicesIn(other, 'extinguisher')) next.push({ room: other, id: e.item.id });
      }
      const where = own.length ? `extinguisher ${own[0]!.item.id} is in it` : next.length ? `extinguisher ${next[0]!.id} is next door in ${roomName(next[0]!.room)}` : 'no extinguisher is in it or in a room beside it';
      out.push(finding(this, {
        status: own.length || next.length ? 'pass' : 'fail',
        subject: kitchen.room.id,
        level: kitchen.level.id,
        geometry: roomGeometry(kitchen),
        message: `${roomName(kitchen)}: ${where}; one extinguisher must be in or near the kitchen.`,
      }));
    }
    const used = levelsUsedByChildren(facility);
    if (used.length > 1) {
      for (const { level } of used) {
        const here = devicesOnLevel(facility, level.id, 'extinguisher');
        out.push(finding(this, {
          status: here.length ? 'pass' : 'verify',
          subject: level.id,
          level: level.id,
          measured: here.length,
          limit: 1,
          unit: 'extinguishers',
          message: here.length
            ? `${level.name || level.id} has ${here.length === 1 ? 'an extinguisher' : `${here.length} extinguishers`}.`
            : `${level.name || level.id} has child care but no extinguisher; the fire inspector may require one on each level used.`,
        }));
      }
    }
    return out;
  },
};
