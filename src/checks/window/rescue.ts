import { isNewSpace } from '../../engine/careAges.ts';
import type { RoomInfo } from '../../engine/facility.ts';
import { toSquareFeet } from '../../model/quantities.ts';
import type { Window } from '../../model/schema.ts';
import { inches, roomGeometry, roomName } from '../egress/egressDoors.ts';
import { atLeast, atMost, finding, sqft } from '../finding.ts';
import type { Check, Finding, Status } from '../types.ts';

export const RESCUE_ROOM_SQFT = 300;
export const MIN_CLEAR_WIDTH = 20;
export const MIN_CLEAR_HEIGHT = 24;
export const MIN_CLEAR_SQFT = 5.7;
export const MAX_SILL = 44;

/** Tolerance for the product of two decimal inches against 5.7 sq ft (24 × 34.2 is 820.8000000000001). */
const EPS = 1e-6;

const clearSqFt = (w: Window) => (w.clearWidth * w.clearHeight) / 144;

/** What keeps a window from serving for rescue (empty: it serves). */
function shortfalls(w: Window): string[] {
  const out: string[] = [];
  if (w.outside === false) out.push('does not open to the outside');
  if (!w.operable) out.push('does not open from inside without tools');
  if (w.bars) out.push('has fixed bars over it');
  if (w.clearWidth < MIN_CLEAR_WIDTH - EPS) out.push(`opens ${inches(w.clearWidth)} wide (at least 20")`);
  if (w.clearHeight < MIN_CLEAR_HEIGHT - EPS) out.push(`opens ${inches(w.clearHeight)} high (at least 24")`);
  if (clearSqFt(w) < MIN_CLEAR_SQFT - EPS) out.push(`opens ${Math.round(clearSqFt(w) * 100) / 100} sq ft (at least 5.7)`);
  if (w.sill > MAX_SILL + EPS) out.push(`has its sill at ${inches(w.sill)} (at most 44")`);
  return out;
}

const WORST: readonly Status[] = ['fail', 'warn', 'pass'];
const worst = (...s: Status[]): Status => WORST.find((x) => s.includes(x)) ?? 'pass';

function windowStatus(w: Window): Status {
  return worst(
    atLeast(w.clearWidth + EPS, MIN_CLEAR_WIDTH),
    atLeast(w.clearHeight + EPS, MIN_CLEAR_HEIGHT),
    atLeast(clearSqFt(w) + EPS, MIN_CLEAR_SQFT),
    atMost(w.sill - EPS, MAX_SILL),
  );
}

const describe = (w: Window) => `window ${w.id} (${inches(w.clearWidth)} × ${inches(w.clearHeight)} clear, ${Math.round(clearSqFt(w) * 100) / 100} sq ft, sill ${inches(w.sill)})`;

/**
 * 500.087(9)(A), which binds facilities first licensed (and space first approved or altered) under these rules:
 * 1. every room over 300 sq ft used by children has an outside window operable from inside without tools, with a
 *    clear opening at least 20" wide, 24" high and 5.7 sq ft, its bottom at most 44" above the floor — except in a
 *    building sprinklered throughout (1.A) or a room with a door directly outside (1.B);
 * 3. no window has bars or anything fixed over it that would impede rescue (every window of new or altered space,
 *    sprinklered or not).
 * The 20" depth of the opening and the "higher than three stories" relaxation (2.) are left to the inspector.
 */
export const windowRescue: Check = {
  id: 'window.rescue',
  citation: '5 CSR 25-500.087(9)(A)',
  title: 'Rescue windows',
  run(facility) {
    const out: Finding[] = [];
    const sprinklered = facility.plan.facility.sprinklered;
    for (const room of facility.rooms) {
      if (!room.isChildCare) continue;
      out.push(roomFinding(this, room, isNewSpace(facility, room), sprinklered));
    }
    for (const room of facility.rooms) {
      if (!isNewSpace(facility, room)) continue;
      for (const w of room.windows) {
        if (!w.bars) continue;
        out.push(finding(this, {
          status: 'fail',
          subject: w.id,
          level: room.level.id,
          citation: '5 CSR 25-500.087(9)(A)3',
          geometry: { type: 'segment', points: [w.a, w.b] },
          message: `Window ${w.id} of ${roomName(room)} has fixed bars over it; no window may have bars or anything fixed over it that would impede rescue or escape.`,
        }));
      }
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No child-care rooms are drawn.' })];
    return out;
  },
};

function roomFinding(check: Check, room: RoomInfo, fresh: boolean, sprinklered: boolean): Finding {
  const name = roomName(room);
  const area = toSquareFeet(room.area);
  const common = { subject: room.room.id, level: room.level.id, geometry: roomGeometry(room), citation: '5 CSR 25-500.087(9)(A)1' };
  if (!fresh) return finding(check, { ...common, status: 'n/a', message: `${name} is in space licensed before the rules and not altered; rescue windows are required only in new or altered space.` });
  if (area <= RESCUE_ROOM_SQFT) return finding(check, { ...common, status: 'n/a', measured: area, limit: RESCUE_ROOM_SQFT, unit: 'sq ft', message: `${name} is ${sqft(area)}; only rooms over 300 sq ft need a rescue window.` });
  if (sprinklered) return finding(check, { ...common, status: 'n/a', citation: '5 CSR 25-500.087(9)(A)1.A', message: `${name} needs no rescue window: the building is sprinklered throughout.` });
  const outside = room.doors.find((d) => d.to === null && d.from === room);
  if (outside) return finding(check, { ...common, status: 'n/a', citation: '5 CSR 25-500.087(9)(A)1.B', message: `${name} needs no rescue window: door ${outside.door.id} leads directly outside.` });

  const need = 'a room over 300 sq ft needs an outside window opening from inside without tools at least 20" × 24" and 5.7 sq ft clear, sill at most 44"';
  if (room.windows.length === 0) {
    return finding(check, { ...common, status: 'fail', measured: 0, limit: MIN_CLEAR_SQFT, unit: 'sq ft', message: `${name} (${sqft(area)}) has no window and no door directly outside; ${need}.` });
  }
  const ranked = room.windows
    .map((w) => ({ w, short: shortfalls(w), status: windowStatus(w) }))
    .sort((a, b) => a.short.length - b.short.length || WORST.indexOf(b.status) - WORST.indexOf(a.status) || clearSqFt(b.w) - clearSqFt(a.w));
  const best = ranked[0]!;
  const measured = { measured: clearSqFt(best.w), limit: MIN_CLEAR_SQFT, unit: 'sq ft' };
  if (best.short.length === 0) {
    return finding(check, { ...common, ...measured, status: best.status, message: `${name} (${sqft(area)}) has rescue ${describe(best.w)}; ${need}.` });
  }
  return finding(check, {
    ...common,
    ...measured,
    status: 'fail',
    message: `${name} (${sqft(area)}) has no window fit for rescue: its best, ${describe(best.w)}, ${best.short.join(', ')}; ${need}.`,
  });
}
