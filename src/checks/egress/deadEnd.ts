import { corridorDeadEnd } from '../../engine/egress/deadEnds.ts';
import { atMost, finding } from '../finding.ts';
import type { Check } from '../types.ts';
import { feetText, toFeet } from './travelFormat.ts';

const LIMIT_FT = 20;

/** 500.087(1)(B), (4)(G): no dead-end corridor longer than 20 ft. */
export const egressDeadEnd: Check = {
  id: 'egress.dead-end',
  citation: '5 CSR 25-500.087(1)(B), (4)(G)',
  title: 'Dead-end corridors',
  run(facility) {
    const corridors = facility.rooms.filter((r) => r.room.use === 'corridor');
    if (corridors.length === 0) return [finding(this, { status: 'n/a', message: 'The plan has no corridors.' })];
    return corridors.map((corridor) => {
      const name = corridor.room.name || corridor.room.id;
      const d = corridorDeadEnd(facility, corridor);
      const common = { subject: corridor.room.id, level: corridor.level.id, limit: LIMIT_FT, unit: 'ft' };
      if (!Number.isFinite(d.length)) {
        return finding(this, { ...common, status: 'fail', geometry: { type: 'polygon', points: corridor.room.polygon }, message: `${name} has no way out to an exit: the whole corridor is a dead end.` });
      }
      const ft = toFeet(d.length);
      const how = d.separateExits >= 2 ? 'to where two directions to separate exits open' : 'to its only way out';
      return finding(this, {
        ...common,
        status: atMost(ft, LIMIT_FT),
        measured: ft,
        geometry: { type: 'path', points: d.path },
        message: ft < 0.5
          ? `${name} has no dead end: from every part of it exits lie in two directions.`
          : `The longest dead end of ${name} runs ${feetText(d.length)} along the corridor from its end wall ${how} (limit 20').`,
      });
    });
  },
};
