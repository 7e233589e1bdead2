import { agesInCare } from '../../engine/careAges.ts';
import { finding, plural } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** 500.082(3)(C)2: one potty chair per 4 children being toilet trained, kept in the bathroom. */
export const bathPotty: Check = {
  id: 'bath.potty',
  citation: '5 CSR 25-500.082(3)(C)2',
  title: 'Potty chairs',
  run(facility) {
    const chairs = facility.items.filter((i) => i.item.type === 'potty-chair');
    const out: Finding[] = chairs
      .filter((c) => c.room.room.use !== 'bathroom')
      .map((c) => finding(this, {
        status: 'fail',
        subject: c.item.id,
        level: c.room.level.id,
        geometry: { type: 'point', points: [c.item.at] },
        message: `Potty chair ${c.item.id} stands in ${c.room.room.name || c.room.room.id}; potty chairs are kept in the bathroom.`,
      }));
    const ages = agesInCare(facility);
    const training = ages.has('toddler') || ages.has('two');
    if (!training && chairs.length === 0) return [finding(this, { status: 'n/a', message: 'No toddlers or two-year-olds, who are the ones usually toilet training, are in care.' })];
    if (chairs.length === 0) {
      out.push(finding(this, { status: 'warn', measured: 0, unit: 'potty chairs', message: 'Toddlers or two-year-olds are in care but no potty chair is drawn; one is needed for every 4 children being toilet trained.' }));
    } else {
      out.push(finding(this, { status: 'verify', measured: chairs.length, unit: 'potty chairs', message: `${plural(chairs.length, 'potty chair')} ${chairs.length === 1 ? 'serves' : 'serve'} up to ${chairs.length * 4} children being toilet trained; how many are training is verified on site.` }));
    }
    return out;
  },
};
