import { bathroomFixtures } from '../../engine/bathroomFixtures.ts';
import { enrolledTotal, enrollmentOf } from '../../engine/careAges.ts';
import { atMost, finding, plural } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/**
 * 500.082(3)(A)1-2, (C)1: one toilet and one adjacent sink per 20 children (per 24 in an infant/toddler unit);
 * urinals for at most half the toilets; at least one toilet in every bathroom.
 */
export const bathToilets: Check = {
  id: 'bath.toilets',
  citation: '5 CSR 25-500.082(3)(A)1-2, (3)(C)1',
  title: 'Toilets and handwashing sinks',
  run(facility) {
    const bath = bathroomFixtures(facility);
    const out: Finding[] = [];
    const toilets = bath.general.toilets + bath.infantUnit.toilets;
    const urinals = bath.general.urinals + bath.infantUnit.urinals;
    const sinks = bath.general.sinks + bath.infantUnit.sinks;
    const sets = bath.general.sets + bath.infantUnit.sets;
    const counted = `${plural(toilets, 'toilet')}, ${plural(urinals, 'urinal')} and ${plural(sinks, 'adjacent sink')} make ${plural(sets, 'set')}`;
    const unit = bath.infantUnit.sets ? ` (${bath.infantUnit.sets} in the infant/toddler unit at 24 children each)` : '';
    const e = enrollmentOf(facility);
    if (e) {
      const total = enrolledTotal(e);
      out.push(finding(this, { status: atMost(total, bath.children), measured: total, limit: bath.children, unit: 'children', message: `${total} children enrolled; ${counted}${unit}, enough for ${bath.children}.` }));
    } else {
      const needed = facility.rooms.some((r) => r.isChildCare);
      out.push(finding(this, { status: bath.children > 0 || !needed ? 'pass' : 'fail', measured: bath.children, unit: 'children', message: `${counted}${unit}, enough for ${bath.children} children.` }));
    }
    for (const room of bath.withoutToilet) {
      out.push(finding(this, {
        status: 'fail',
        subject: room.room.id,
        level: room.level.id,
        measured: 0,
        limit: 1,
        unit: 'toilets',
        citation: '5 CSR 25-500.082(3)(A)2',
        geometry: { type: 'polygon', points: room.room.polygon },
        message: `${room.room.name || room.room.id} has no toilet; every bathroom needs at least one (urinals may replace only some).`,
      }));
    }
    return out;
  },
};
