import { infantToddlerRule, isNewSpace, isTwoYearOldRoom } from '../../engine/careAges.ts';
import { childCareSpaces, GROUP_PARTITION_HEIGHT, INFANT_TODDLER_GROUP, TWO_YEAR_OLD_GROUP } from '../../engine/roomSpace.ts';
import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/**
 * 500.082(2)(B)2.B.(IV)-(V), 500.112(1): at most 8 infant/toddlers (16 two-year-olds) in a group; in new
 * infant/toddler space at most 24 in a room, groups sharing a room separated by stable partitions at least 4 ft high.
 */
export const spaceInfantGroup: Check = {
  id: 'space.infant-group',
  citation: '5 CSR 25-500.082(2)(B)2.B.(IV)-(V), 500.112(1)',
  title: 'Infant/toddler group and room sizes',
  run(facility) {
    const rooms = childCareSpaces(facility).filter((s) => s.group === 'infant-toddler');
    if (rooms.length === 0) return [finding(this, { status: 'n/a', message: 'No room is used for infants, toddlers or groups of two-year-olds.' })];
    if (infantToddlerRule(facility).size === 'small') {
      return [finding(this, { status: 'n/a', message: 'Group and room sizes of 082(2)(B)2.B do not apply to a facility with at most 4 infants/toddlers (2.A).' })];
    }
    const out: Finding[] = [];
    for (const space of rooms) {
      const { room } = space;
      const name = room.room.name || room.room.id;
      const common = { subject: room.room.id, level: room.level.id };
      for (const p of space.lowPartitions) {
        out.push(finding(this, {
          ...common,
          subject: p.item.id,
          status: 'fail',
          measured: p.item.height ?? 0,
          limit: GROUP_PARTITION_HEIGHT,
          unit: 'in',
          geometry: p.footprint ? { type: 'polygon', points: p.footprint } : null,
          message: `Partition ${p.item.id} in ${name} is ${p.item.height ?? 0}" high; partitions between infant/toddler groups must be at least 4 ft (48").`,
        }));
      }
      const groupSize = isTwoYearOldRoom(room) ? TWO_YEAR_OLD_GROUP : INFANT_TODDLER_GROUP;
      if (!isNewSpace(facility, room)) {
        out.push(finding(this, { ...common, status: 'verify', limit: groupSize, unit: 'children per group', message: `${name}: groups of at most ${groupSize} are kept by staffing in space licensed before the rules; verified on site.` }));
        continue;
      }
      const children = Math.floor(space.children + 1e-9);
      out.push(finding(this, {
        ...common,
        status: children > 0 ? 'pass' : 'fail',
        measured: children,
        limit: space.cap ? space.cap.children : null,
        unit: 'children',
        citation: space.cap?.citation,
        message: space.cap
          ? `${name} can hold ${children}: ${space.cap.reason} (its space alone would allow ${Math.floor(space.bySpace + 1e-9)}).`
          : `${name} holds ${children} by its space, within ${space.partitions.length + 1} group${space.partitions.length ? 's' : ''} of ${groupSize} and the 24-a-room limit.`,
      }));
    }
    return out;
  },
};
