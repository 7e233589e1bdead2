import { agesInCare, infantToddlerRule } from '../../engine/careAges.ts';
import { overlap } from '../../engine/outdoor/measure.ts';
import type { MultiPolygon } from '../../geometry/types.ts';
import { finding } from '../finding.ts';
import type { Check } from '../types.ts';

/**
 * 500.082(6)(B)1: infant/toddler outdoor play space separate from the older children's, or the same space used at
 * different times — which no drawing shows, so without a separate area the finding is `verify`, never `fail`. Small
 * facilities (group homes with at most 4 infants/toddlers, centers of at most 20 children with at most 4) are exempt.
 */
export const outdoorInfantSeparate: Check = {
  id: 'outdoor.infant-separate',
  citation: '5 CSR 25-500.082(6)(B)1',
  title: 'Separate outdoor space for infants and toddlers',
  run(facility) {
    const ages = agesInCare(facility);
    if (!ages.has('infant') && !ages.has('toddler')) return [finding(this, { status: 'n/a', message: 'No infants or toddlers are in care.' })];
    const rule = infantToddlerRule(facility);
    if (rule.size === 'small') {
      return [finding(this, { status: 'n/a', message: `The separation rule does not apply to ${rule.why}.` })];
    }
    if (!ages.has('two') && !ages.has('preschool') && !ages.has('schoolAge')) {
      return [finding(this, { status: 'n/a', message: 'Only infants and toddlers are in care, so there are no older children to keep apart outdoors.' })];
    }
    const areas = facility.plan.site?.playAreas ?? [];
    if (areas.length === 0) return [finding(this, { status: 'n/a', message: 'No outdoor play area is drawn (outdoor.area asks for one).' })];
    const infant = areas.filter((a) => a.infantToddler === true);
    const older = areas.filter((a) => a.infantToddler !== true);
    if (infant.length === 0) {
      return [finding(this, {
        status: 'verify',
        message: 'No play area is marked for infants and toddlers: they need outdoor space separate from the older children, or the yard must be used by them at different times (the schedule shows it).',
      })];
    }
    const shape = (a: { polygon: readonly (readonly [number, number])[] }): MultiPolygon => [[a.polygon]];
    const first = infant[0]!;
    const common = { subject: infant.map((a) => a.id).join(', '), geometry: { type: 'polygon' as const, points: first.polygon } };
    const names = infant.map((a) => `"${a.name || a.id}"`).join(', ');
    if (older.length === 0) {
      return [finding(this, {
        ...common,
        status: 'verify',
        message: `Only the infant/toddler play area ${names} is drawn: the older children may use it only at different times (the schedule shows it), or draw their own area.`,
      })];
    }
    const shared = infant.flatMap((i) => older.filter((o) => overlap(shape(i), shape(o)).length > 0).map((o) => `${i.name || i.id} and ${o.name || o.id}`));
    if (shared.length) {
      return [finding(this, {
        ...common,
        status: 'verify',
        message: `The infant/toddler play space overlaps the older children's (${shared.join('; ')}): it must be used at different times (the schedule shows it), or be fenced apart.`,
      })];
    }
    return [finding(this, { ...common, status: 'pass', message: `Infants and toddlers have their own outdoor play space (${names}), apart from the older children's.` })];
  },
};
