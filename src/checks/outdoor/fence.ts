import { atLeast, finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** 500.082(6)(A)1: the fence a new facility (or a new fence) needs. */
export const FENCE_HEIGHT_NEW = 42;

/**
 * 500.082(6)(A)1: a fenced outdoor play area; the fence at least 42" high for facilities initially licensed under the
 * rules or where a new fence is installed. The plan records no fence date, so the facility's licensing decides:
 * `new` needs 42"; `existing` needs a fence, and one under 42" is a `warn` (a replacement must be 42"). An area used
 * only by school-age children needs no fence.
 */
export const outdoorFence: Check = {
  id: 'outdoor.fence',
  citation: '5 CSR 25-500.082(6)(A)1',
  title: 'Play area fence',
  run(facility) {
    const areas = facility.plan.site?.playAreas ?? [];
    if (areas.length === 0) return [finding(this, { status: 'n/a', message: 'No outdoor play area is drawn, so there is no fence to check (outdoor.area asks for the play area).' })];
    const isNew = facility.plan.facility.licensing === 'new';
    return areas.map((a): Finding => {
      const name = `The play area "${a.name || a.id}"`;
      const itsFence = `The fence of the play area "${a.name || a.id}"`;
      const common = { subject: a.id, geometry: { type: 'polygon' as const, points: a.polygon }, measured: a.fenceHeight, limit: FENCE_HEIGHT_NEW, unit: 'in' };
      if (a.schoolAgeOnly) {
        return finding(this, { ...common, status: 'n/a', limit: null, message: `${name} is used only by school-age children, which needs no fence.` });
      }
      if (isNew) {
        const status = atLeast(a.fenceHeight, FENCE_HEIGHT_NEW);
        const message =
          a.fenceHeight <= 0
            ? `${name} has no fence; a facility licensed under these rules needs a fence at least 42" high.`
            : status === 'fail'
              ? `${itsFence} is ${a.fenceHeight}" high, under the 42" a facility licensed under these rules needs.`
              : `${itsFence} is ${a.fenceHeight}" high, meeting the 42" for a facility licensed under these rules${status === 'warn' ? ' with little to spare (measure it from the ground on the play side)' : ''}.`;
        return finding(this, { ...common, status, message });
      }
      if (a.fenceHeight <= 0) {
        return finding(this, { ...common, status: 'fail', limit: null, message: `${name} has no fence; the outdoor play area must be fenced.` });
      }
      if (a.fenceHeight < FENCE_HEIGHT_NEW) {
        return finding(this, {
          ...common,
          status: 'warn',
          message: `${name} is fenced (${a.fenceHeight}" high), as a facility licensed before these rules needs; a new or replacement fence must be at least 42" high.`,
        });
      }
      return finding(this, { ...common, status: 'pass', message: `${name} is fenced, ${a.fenceHeight}" high (42" is the height for new fences).` });
    });
  },
};
