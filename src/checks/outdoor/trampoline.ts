import { rectangle } from '../../geometry/index.ts';
import { finding } from '../finding.ts';
import type { Check } from '../types.ts';

/** 500.092(3)(J): trampolines are not used; mini-trampolines and similar small bouncers only with close supervision. */
export const outdoorTrampoline: Check = {
  id: 'outdoor.trampoline',
  citation: '5 CSR 25-500.092(3)(J)',
  title: 'No trampolines',
  run(facility) {
    const jumping = (facility.plan.site?.equipment ?? []).filter((e) => e.type === 'trampoline' || e.type === 'mini-trampoline');
    if (jumping.length === 0) return [finding(this, { status: 'n/a', message: 'No trampoline or mini-trampoline is drawn.' })];
    return jumping.map((e) => {
      const geometry = { type: 'polygon' as const, points: rectangle(e.at, e.size, e.rotation ?? 0) };
      return e.type === 'trampoline'
        ? finding(this, { subject: e.id, geometry, status: 'fail', message: `The trampoline ${e.id} may not be used; remove it (mini-trampolines are allowed with close supervision).` })
        : finding(this, { subject: e.id, geometry, status: 'verify', message: `The mini-trampoline ${e.id} may be used only with close supervision.` });
    });
  },
};
