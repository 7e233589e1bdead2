import { isNewSpace } from '../../engine/careAges.ts';
import type { Facility, RoomInfo } from '../../engine/facility.ts';
import { feetInches, inches, roomGeometry, roomName, stairLinks } from '../egress/egressDoors.ts';
import { childrenInCare } from '../egress/occupants.ts';
import { atLeast, atMost, finding } from '../finding.ts';
import type { Check, Finding, Status } from '../types.ts';

export const WIDE_STAIR_OCCUPANTS = 50;

interface Measure {
  readonly what: string;
  readonly status: Status;
  readonly measured: number;
  readonly limit: number;
  readonly unit: string;
  readonly citation: string;
  /** Said when it fails. */
  readonly text: string;
}

/** The stair serves child care when a level it joins has a child-care room. */
function servesChildren(facility: Facility, stair: RoomInfo): boolean {
  const levels = new Set([stair.level.id, stair.room.stair!.to, ...stairLinks(facility, stair).map((r) => r.level.id)]);
  return facility.rooms.some((r) => r.isChildCare && levels.has(r.level.id));
}

/** Risers between the two levels the stair joins: the rise over the riser height, rounded up. */
function stepsOf(facility: Facility, stair: RoomInfo): number {
  const s = stair.room.stair!;
  const to = facility.plan.levels.find((l) => l.id === s.to);
  const rise = Math.abs(stair.level.elevation - (to?.elevation ?? stair.level.elevation));
  return Math.ceil(rise / s.riser - 1e-9);
}

/**
 * Each stair room:
 * - 500.082(1)(D), every stairway in child care space: more than three steps need a handrail the children can reach;
 * - 500.087(5)(A)-(B), binding new licences and altered space only: width at least 44" when the facility has 50 or
 *   more occupants, else 36"; risers 4"-7"; treads at least 10"; at least 6'-8" from any tread to the ceiling;
 *   handrails 34"-38" above the treads.
 * Stairs joining no level with child care are not the children's. The landing rules ((5)(A)4-5), handrail
 * projection and grip ((5)(B)), and balusters ((5)(B)2) are left to the inspector.
 */
export const stairsGeometry: Check = {
  id: 'stairs.geometry',
  citation: '5 CSR 25-500.087(5)(A)-(B), 500.082(1)(D)',
  title: 'Stair dimensions and handrails',
  run(facility) {
    const stairs = facility.rooms.filter((r) => r.room.stair !== undefined);
    if (stairs.length === 0) return [finding(this, { status: 'n/a', message: 'No stair is drawn.' })];
    const { children, basis } = childrenInCare(facility);
    const out: Finding[] = [];
    for (const room of stairs) {
      const s = room.room.stair!;
      const name = roomName(room);
      const common = { subject: room.room.id, level: room.level.id, geometry: roomGeometry(room) };
      if (!servesChildren(facility, room)) {
        out.push(finding(this, { ...common, status: 'n/a', message: `Stair ${name} joins no level with child care.` }));
        continue;
      }
      const steps = stepsOf(facility, room);
      const fresh = isNewSpace(facility, room);
      const measures: Measure[] = [];
      const handrailNeeded = steps > 3;
      measures.push({
        what: handrailNeeded ? `${steps} steps with handrails on ${s.handrails === 'none' ? 'neither side' : s.handrails === 'both' ? 'both sides' : 'one side'}` : `${steps} steps`,
        status: handrailNeeded && s.handrails === 'none' ? 'fail' : 'pass',
        measured: steps,
        limit: 3,
        unit: 'steps',
        citation: '5 CSR 25-500.082(1)(D)',
        text: `has ${steps} steps and no handrail; a stairway of more than 3 steps needs a handrail the children can reach`,
      });
      if (fresh) {
        const wide = children >= WIDE_STAIR_OCCUPANTS;
        const minWidth = wide ? 44 : 36;
        measures.unshift({ what: `a width of ${inches(s.width)}`, status: atLeast(s.width, minWidth), measured: s.width, limit: minWidth, unit: 'in', citation: '5 CSR 25-500.087(5)(A)', text: `is ${inches(s.width)} wide, under the ${minWidth}" for ${wide ? '50 or more' : 'fewer than 50'} occupants (${basis})` });
        measures.push({ what: `${inches(s.riser)} risers`, status: atMost(s.riser, 7), measured: s.riser, limit: 7, unit: 'in', citation: '5 CSR 25-500.087(5)(A)1', text: `has ${inches(s.riser)} risers, over the 7" maximum` });
        measures.push({ what: '', status: s.riser < 4 ? 'fail' : 'pass', measured: s.riser, limit: 4, unit: 'in', citation: '5 CSR 25-500.087(5)(A)1', text: `has ${inches(s.riser)} risers, under the 4" minimum` });
        measures.push({ what: `${inches(s.tread)} treads`, status: atLeast(s.tread, 10), measured: s.tread, limit: 10, unit: 'in', citation: '5 CSR 25-500.087(5)(A)2', text: `has ${inches(s.tread)} treads, under the 10" minimum` });
        measures.push({ what: `${feetInches(s.headroom)} headroom`, status: atLeast(s.headroom, 80), measured: s.headroom, limit: 80, unit: 'in', citation: '5 CSR 25-500.087(5)(A)3', text: `has ${feetInches(s.headroom)} headroom, under the 6'-8" minimum` });
        if (s.handrails !== 'none') {
          const h = s.handrailHeight;
          measures.push({ what: `handrails at ${inches(h)}`, status: h > 38 ? 'fail' : atLeast(h, 34), measured: h, limit: h > 38 ? 38 : 34, unit: 'in', citation: '5 CSR 25-500.087(5)(B)1', text: `has handrails at ${inches(h)}, outside the 34"-38" range` });
        }
      }
      const failed = measures.filter((m) => m.status === 'fail');
      const near = measures.filter((m) => m.status === 'warn');
      const scope = fresh ? '' : '; the dimensions of 087(5) bind only new or altered stairs';
      if (failed.length) {
        const first = failed[0]!;
        out.push(finding(this, {
          ...common,
          status: 'fail',
          measured: first.measured,
          limit: first.limit,
          unit: first.unit,
          citation: first.citation,
          message: `Stair ${name} ${failed.map((m) => m.text).join('; it ')}.`,
        }));
        continue;
      }
      const shown = measures.filter((m) => m.what);
      const headline = fresh ? measures[0]! : measures[measures.length - 1]!;
      const reach = handrailNeeded ? '; the inspector confirms the children can reach a handrail' : '';
      out.push(finding(this, {
        ...common,
        status: near.length ? 'warn' : 'pass',
        measured: headline.measured,
        limit: headline.limit,
        unit: headline.unit,
        citation: headline.citation,
        message: `Stair ${name} has ${shown.map((m) => m.what).join(', ')}${near.length ? ` (close to the limit: ${near.map((m) => m.what).join(', ')})` : ''}${scope}${reach}.`,
      }));
    }
    return out;
  },
};
