import { capacityModel } from '../../engine/capacity.ts';
import { enrollmentOf } from '../../engine/careAges.ts';
import { atLeast, finding, plural } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

const CRIBS = new Set(['crib', 'portable-crib', 'playpen']);

/** 500.092(1)(B)2.A: a crib, portable crib or playpen for each infant and toddler; no stack cribs. */
export const sleepCribs: Check = {
  id: 'sleep.cribs',
  citation: '5 CSR 25-500.092(1)(B)2.A',
  title: 'A crib for every infant and toddler',
  run(facility) {
    const out: Finding[] = [];
    for (const info of facility.items) {
      if (info.item.stacked && (CRIBS.has(info.item.type) || info.item.type === 'bed')) {
        out.push(finding(this, {
          status: 'fail',
          subject: info.item.id,
          level: info.room.level.id,
          geometry: info.footprint ? { type: 'polygon', points: info.footprint } : null,
          message: `${info.item.id} in ${info.room.room.name} is a stack crib or upper bunk, which may not be used.`,
        }));
      }
    }
    const unitRooms = facility.rooms.filter((r) => r.servesInfantsOrToddlers);
    const cribs = unitRooms.flatMap((r) => r.items).filter((i) => CRIBS.has(i.item.type) && !i.item.stacked).length;
    const e = enrollmentOf(facility);
    if (e) {
      const children = e.infant + e.toddler;
      if (children === 0 && unitRooms.length === 0) return out.length ? out : [finding(this, { status: 'n/a', message: 'No infants or toddlers are enrolled.' })];
      out.push(finding(this, { status: atLeast(cribs, children), measured: cribs, limit: children, unit: 'cribs', message: `${plural(cribs, 'crib or playpen', 'cribs and playpens')} in the infant/toddler rooms for ${children} enrolled infants and toddlers.` }));
      return out;
    }
    if (unitRooms.length === 0) return out.length ? out : [finding(this, { status: 'n/a', message: 'No room is used for infants or toddlers.' })];
    const space = capacityModel(facility).infantToddler;
    const inUnitRooms = space?.rooms.filter((r) => r.room.servesInfantsOrToddlers).reduce((s, r) => s + r.children, 0) ?? 0;
    const allowed = Math.min(Math.floor(inUnitRooms + 1e-9), space?.children ?? 0);
    out.push(finding(this, {
      status: cribs >= allowed ? 'pass' : 'warn',
      measured: cribs,
      limit: allowed,
      unit: 'cribs',
      message: cribs >= allowed
        ? `${plural(cribs, 'crib or playpen', 'cribs and playpens')} for the ${allowed} infants and toddlers the space allows.`
        : `The space allows ${allowed} infants and toddlers but only ${plural(cribs, 'crib or playpen', 'cribs and playpens')} are drawn; each child needs their own, so ${cribs} can be enrolled as drawn.`,
    }));
    return out;
  },
};
