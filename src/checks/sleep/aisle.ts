import { isSleepingItem } from '../../engine/facility.ts';
import { sleepingAisles } from '../../engine/sleepingAisle.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** 500.092(1)(B)1.D: sleeping equipment has an aisle at least 2 ft wide on one long side. */
export const sleepAisle: Check = {
  id: 'sleep.aisle',
  citation: '5 CSR 25-500.092(1)(B)1.D',
  title: '2 ft aisle beside every crib, cot and bed',
  run(facility) {
    const sleeping = facility.items.filter((i) => isSleepingItem(i.item));
    if (sleeping.length === 0) return [finding(this, { status: 'n/a', message: 'No cribs, cots or beds are drawn.' })];
    return sleeping.map((info): Finding => {
      const sides = sleepingAisles(info);
      const clear = sides.find((s) => s.blockedBy === null);
      const label = `${info.item.type.replace('-', ' ')} ${info.item.id} in ${info.room.room.name || info.room.room.id}`;
      const common = { subject: info.item.id, level: info.room.level.id, limit: 24, unit: 'in' };
      if (clear) return finding(this, { ...common, status: 'pass', geometry: { type: 'polygon', points: clear.strip }, message: `The ${label} has a clear 2 ft aisle along a long side.` });
      const why = sides.map((s) => (s.blockedBy === 'wall' ? 'a wall' : `${s.blockedBy}`)).join(' on one side and ');
      return finding(this, {
        ...common,
        status: 'fail',
        measured: 0,
        geometry: info.footprint ? { type: 'polygon', points: info.footprint } : null,
        message: `The ${label} has no clear 2 ft aisle on either long side: ${why} on the other.`,
      });
    });
  },
};
