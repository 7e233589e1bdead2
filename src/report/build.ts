/** The report of plan-format v1 → report-format v1: one engine run, shaped for JSON, text and the editor. */
import { runChecks } from '../checks/index.ts';
import { STATUSES, type Finding, type Status } from '../checks/types.ts';
import { capacityModel } from '../engine/capacity.ts';
import { analyzeFacility, type Facility } from '../engine/facility.ts';
import { roomSpace } from '../engine/roomSpace.ts';
import { toSquareFeet } from '../model/quantities.ts';
import type { Plan } from '../model/schema.ts';
import { roomTravel } from '../engine/egress/travel.ts';
import type { Capacity, Report, RoomRow, TravelRow } from './types.ts';

const round2 = (n: number) => Math.round(n * 100) / 100;

export function summarize(findings: readonly Finding[]): Record<Status, number> {
  const summary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const f of findings) summary[f.status]++;
  return summary;
}

function capacityOf(facility: Facility): Capacity {
  const model = capacityModel(facility);
  return {
    licensed: model.licensed,
    binding: model.binding,
    limits: model.limits.map((l) => ({ id: l.id, children: l.children, basis: l.basis })),
    ...(model.raise ? { raise: model.raise } : {}),
  };
}

function roomRows(facility: Facility): RoomRow[] {
  return facility.rooms.map((r) => {
    const space = roomSpace(facility, r);
    return {
      id: r.room.id,
      name: r.room.name,
      level: r.level.id,
      use: r.room.use,
      areaSqFt: round2(toSquareFeet(r.area)),
      usableSqFt: space ? round2(space.usableSqFt) : 0,
      ...(space ? { children: Math.floor(space.children + 1e-9) } : {}),
    };
  });
}

/** One row per room children use or pass through (report-format.md, `travel[]`). */
function travelRows(facility: Facility): TravelRow[] {
  const passedThrough = new Set(['child-care', 'corridor', 'stair']);
  return facility.rooms
    .filter((r) => passedThrough.has(r.room.use))
    .map((r) => {
      const t = roomTravel(facility, r);
      const reached = t.exit !== null && Number.isFinite(t.distance);
      return {
        room: r.room.id,
        worstPointFt: reached ? round2(t.distance / 12) : null,
        worstPoint: [round2(t.worstPoint[0]), round2(t.worstPoint[1])] as const,
        exit: reached ? t.exit!.door.id : null,
      };
    });
}

/** `findings`: the checks' findings when they were run already (the worker runs them one at a time, see runEngine.ts). */
export function reportFor(facility: Facility, findings: readonly Finding[] = runChecks(facility)): Report {
  return {
    format: 'safeplan.report',
    version: 1,
    summary: summarize(findings),
    capacity: capacityOf(facility),
    rooms: roomRows(facility),
    travel: travelRows(facility),
    findings,
  };
}

export const buildReport = (plan: Plan): Report => reportFor(analyzeFacility(plan));
