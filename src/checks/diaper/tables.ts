import { infantToddlerRule, isNewSpace, isTwoYearOldRoom } from '../../engine/careAges.ts';
import type { Facility, RoomInfo } from '../../engine/facility.ts';
import { childCareSpaces } from '../../engine/roomSpace.ts';
import { enrolledIn } from '../space/enrolledBySpace.ts';
import { finding, plural } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** Diapering tables in the room or in a room opening off it ("within or adjacent to the group space"). */
function tablesFor(facility: Facility, room: RoomInfo): number {
  const rooms = new Set<RoomInfo>([room]);
  for (const d of room.doors) {
    const other = facility.across(d, room);
    if (other) rooms.add(other);
  }
  let n = 0;
  for (const r of rooms) n += r.items.filter((i) => i.item.type === 'diaper-table').length;
  return n;
}

/**
 * 500.082(4)(A)-(C): a diapering table within or adjacent to each group's space; in new infant/toddler space one
 * per 8 infant/toddlers and one per 16 two-year-olds; in a new facility, one in the preschool unit when it takes
 * two-year-olds.
 */
export const diaperTables: Check = {
  id: 'diaper.tables',
  citation: '5 CSR 25-500.082(4)(A)-(C)',
  title: 'Diapering tables',
  run(facility) {
    const out: Finding[] = [];
    // Without an enrollment, a small facility (082(2)(B)2.A) still has at most 4 infants/toddlers in all.
    let enrolled = enrolledIn(facility, 'infant-toddler') ?? infantToddlerRule(facility).infantToddlerCap;
    for (const space of childCareSpaces(facility)) {
      const { room } = space;
      const name = room.room.name || room.room.id;
      const common = { subject: room.room.id, level: room.level.id };
      const tables = tablesFor(facility, room);
      if (space.group === 'infant-toddler') {
        let children = Math.floor(space.children + 1e-9);
        if (enrolled !== null) {
          children = Math.min(children, enrolled);
          enrolled -= children;
        }
        const perTable = isTwoYearOldRoom(room) ? 16 : 8;
        const needed = isNewSpace(facility, room) ? Math.max(1, Math.ceil(children / perTable)) : 1;
        const basis = isNewSpace(facility, room) ? `one per ${perTable} for the ${children} ${perTable === 16 ? 'two-year-olds' : 'infants/toddlers'} it holds` : 'at least one (space licensed before the rules)';
        out.push(finding(this, {
          ...common,
          status: tables >= needed ? 'pass' : 'fail',
          measured: tables,
          limit: needed,
          unit: 'diapering tables',
          citation: isNewSpace(facility, room) ? '5 CSR 25-500.082(4)(B)' : '5 CSR 25-500.082(4)(A)',
          message: `${name} has ${plural(tables, 'diapering table')} in or beside it; it needs ${needed}: ${basis}.`,
        }));
      } else if (room.ages.has('two') && facility.plan.facility.licensing === 'new') {
        out.push(finding(this, {
          ...common,
          status: tables >= 1 ? 'pass' : 'fail',
          measured: tables,
          limit: 1,
          unit: 'diapering tables',
          citation: '5 CSR 25-500.082(4)(C)',
          message: tables >= 1 ? `${name} takes two-year-olds and has a diapering table in or beside it.` : `${name} takes two-year-olds in the preschool unit of a new facility but has no diapering table in or beside it.`,
        }));
      }
    }
    if (out.length === 0) out.push(finding(this, { status: 'n/a', message: 'No infants, toddlers or two-year-olds are cared for.' }));
    return out;
  },
};
