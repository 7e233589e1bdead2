/**
 * A small plan builder for the outdoor tests: one room indoors (the format needs a level), and the site under test.
 * Every plan goes through validatePlan, so the fixtures are plans a user could load.
 */
import { analyzeFacility } from '../../../../src/engine/facility.ts';
import type { Check, Finding } from '../../../../src/checks/types.ts';
import type { Point, Ring } from '../../../../src/geometry/types.ts';
import type { Equipment, Plan, Site } from '../../../../src/model/schema.ts';
import { validatePlan } from '../../../../src/model/validate.ts';

export type FacilityFields = Partial<Plan['facility']>;

export const rect = (x: number, y: number, w: number, h: number): [number, number][] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/** A rectangle given by its centre and size, as equipment is. */
export const around = (c: Point, w: number, h: number): [number, number][] => rect(c[0] - w / 2, c[1] - h / 2, w, h);

export function outdoorPlan(site: Site | undefined, facility: FacilityFields = {}, ages: Plan['levels'][number]['rooms'][number]['ages'] = ['preschool']): Plan {
  const plan = {
    format: 'safeplan.plan',
    version: 1,
    facility: { name: 'Outdoor test', kind: 'center', licensing: 'new', sprinklered: false, nighttime: false, ...facility },
    levels: [
      {
        id: 'L1',
        name: 'Main floor',
        elevation: 0,
        rooms: [{ id: 'R1', name: 'Classroom', use: 'child-care', ages, polygon: rect(-2000, -2000, 360, 300) }],
        doors: [],
        windows: [],
        items: [],
      },
    ],
    ...(site ? { site } : {}),
  };
  const r = validatePlan(plan);
  if (!r.ok) throw new Error(`test plan is invalid: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return r.value;
}

export function runCheck(check: Check, plan: Plan): Finding[] {
  return check.run(analyzeFacility(plan));
}

export function only(findings: readonly Finding[], subject?: string): Finding {
  const hits = subject === undefined ? findings : findings.filter((f) => f.subject === subject);
  if (hits.length !== 1) throw new Error(`expected one finding${subject ? ` for ${subject}` : ''}, got ${hits.length}: ${JSON.stringify(hits, null, 1)}`);
  return hits[0]!;
}

export const climber = (id: string, at: Point, size: [number, number], height: number, extra: Partial<Equipment> = {}): Equipment => ({
  id,
  type: 'climber',
  at: [at[0], at[1]],
  size,
  height,
  ...extra,
});

/** Ring area, unsigned. */
export function ringArea(r: Ring): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const a = r[i]!;
    const b = r[(i + 1) % r.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s) / 2;
}
