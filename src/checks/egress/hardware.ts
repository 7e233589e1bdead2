import type { RoomInfo } from '../../engine/facility.ts';
import { atMost, finding } from '../finding.ts';
import type { Check, Finding, Status } from '../types.ts';
import { andList, doorGeometry, doorName, egressDoorUse, inches } from './egressDoors.ts';
import { childrenInCare } from './occupants.ts';

export const PANIC_OCCUPANT_LOAD = 100;
export const MAX_LATCH_HEIGHT = 50;

interface Problem {
  readonly text: string;
  readonly citation: string;
  readonly measured?: number;
  readonly limit?: number;
  readonly unit?: string;
}

const LOCK_NAMES: Record<string, string> = {
  privacy: 'a privacy lock',
  'keyed-deadbolt': 'a keyed deadbolt',
  'thumb-turn': 'a thumb-turn deadbolt',
  'locked-closed': 'a lock kept locked',
  passage: 'a passage latch',
};

/**
 * 500.082(3)(A)5: no locks or latches on bathroom doors used by children below the first grade. Bathrooms set aside
 * for staff, or for school-age girls or boys (082(3)(B), first grade and up), are not theirs.
 */
function usedByYoungChildren(bathroom: RoomInfo): boolean {
  // Every other bathroom may be: each age band, schoolAge included (it starts at kindergarten), has children below
  // first grade.
  const forWhom = bathroom.room.restroomFor;
  return forWhom !== 'staff' && forWhom !== 'girls' && forWhom !== 'boys' && forWhom !== 'school-age';
}

/**
 * 500.087(4)(C)2-4 and 082(3)(A)5, door by door:
 * - (C)2: every door in a required means of egress has panic or fire-exit hardware when the occupant load is 100 or
 *   more (the children the facility cares for: licensed capacity, or enrollment when larger) or the facility cares
 *   for children at night; no other latching device on such a door;
 * - (C)3: no door in a means of egress locked against egress (no keyed deadbolt, nothing kept locked); no lock or
 *   latch higher than 50" above the floor (any door whose latch height is given);
 * - (C)4: bathroom door locks open from outside in an emergency (no keyed deadbolt, nothing kept locked); closet
 *   latches open from inside (no keyed deadbolt);
 * - 082(3)(A)5: no lock or latch at all on a bathroom door used by children below the first grade.
 */
export const egressHardware: Check = {
  id: 'egress.hardware',
  citation: '5 CSR 25-500.087(4)(C)1-4',
  title: 'Door hardware and locks',
  run(facility) {
    const egress = egressDoorUse(facility);
    const { children, basis } = childrenInCare(facility);
    const night = facility.plan.facility.nighttime;
    const panicNeeded = children >= PANIC_OCCUPANT_LOAD || night;
    const panicWhy = night ? 'the facility cares for children at night' : `the occupant load is at least 100 (${basis})`;

    const out: Finding[] = [];
    for (const door of facility.doors) {
      const inEgress = door.isExit || egress.has(door);
      const sides = [door.from, door.to].filter((r): r is RoomInfo => r !== null);
      const bathroom = sides.find((r) => r.room.use === 'bathroom');
      const closet = sides.find((r) => r.room.use === 'closet');
      const d = door.door;
      if (!inEgress && !bathroom && !closet && d.latchHeight === undefined && (d.lock === undefined || d.lock === 'none')) continue;

      const problems: Problem[] = [];
      const lock = d.lock ?? 'none';
      if (inEgress && panicNeeded) {
        if (!d.panicHardware) {
          const load = night ? {} : { measured: children, limit: PANIC_OCCUPANT_LOAD, unit: 'children' };
          problems.push({ text: `needs panic or fire-exit hardware, as ${panicWhy}`, citation: '5 CSR 25-500.087(4)(C)2', ...load });
        }
        if (lock !== 'none' && lock !== 'passage') problems.push({ text: `has ${LOCK_NAMES[lock]}, and no latching device but the panic hardware may be used`, citation: '5 CSR 25-500.087(4)(C)2' });
      }
      if (inEgress && lock === 'keyed-deadbolt') problems.push({ text: 'has a deadbolt needing a key from inside, which a means of egress may not have', citation: '5 CSR 25-500.087(4)(C)3' });
      if (inEgress && lock === 'locked-closed') problems.push({ text: 'is kept locked, and no door in a means of egress may be locked against egress', citation: '5 CSR 25-500.087(4)(C)3' });
      if (d.latchHeight !== undefined && d.latchHeight > MAX_LATCH_HEIGHT) {
        problems.push({ text: `has its latch or lock at ${inches(d.latchHeight)}, above the 50" limit`, citation: '5 CSR 25-500.087(4)(C)3', measured: d.latchHeight, limit: MAX_LATCH_HEIGHT, unit: 'in' });
      }
      if (bathroom && (lock === 'keyed-deadbolt' || lock === 'locked-closed')) {
        if (!inEgress) problems.push({ text: `is a bathroom door with ${LOCK_NAMES[lock]}; bathroom locks must open from outside in an emergency`, citation: '5 CSR 25-500.087(4)(C)4' });
      } else if (bathroom && lock !== 'none' && usedByYoungChildren(bathroom)) {
        problems.push({ text: `is a bathroom door with ${LOCK_NAMES[lock]}; bathroom doors used by children below first grade may have no lock or latch`, citation: '5 CSR 25-500.082(3)(A)5' });
      }
      if (closet && !inEgress && lock === 'keyed-deadbolt') {
        problems.push({ text: 'is a closet door with a keyed deadbolt; closet latches must open from inside', citation: '5 CSR 25-500.087(4)(C)4' });
      }

      const name = doorName(door);
      const common = { subject: d.id, level: door.level.id, geometry: doorGeometry(door) };
      if (problems.length) {
        const first = problems[0]!;
        out.push(finding(this, {
          ...common,
          status: 'fail',
          citation: first.citation,
          measured: first.measured ?? null,
          limit: first.limit ?? null,
          unit: first.unit ?? null,
          message: `${name} ${problems.map((p) => p.text).join('; it also ')}.`,
        }));
        continue;
      }
      const notes: string[] = [];
      if (inEgress) notes.push(panicNeeded ? 'has panic hardware, as ' + panicWhy : `needs no panic hardware (${basis}, daytime care)`);
      notes.push(lock === 'none' ? 'has no lock' : `has ${LOCK_NAMES[lock]}, which is allowed here`);
      let status: Status = 'pass';
      if (d.latchHeight !== undefined) {
        status = atMost(d.latchHeight, MAX_LATCH_HEIGHT);
        notes.push(`has its latch at ${inches(d.latchHeight)} (at most 50")`);
      }
      out.push(finding(this, {
        ...common,
        status,
        measured: d.latchHeight ?? null,
        limit: d.latchHeight === undefined ? null : MAX_LATCH_HEIGHT,
        unit: d.latchHeight === undefined ? null : 'in',
        message: `${name} ${andList(notes)}.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No door in a means of egress, bathroom or closet door is drawn.' })];
    return out;
  },
};
