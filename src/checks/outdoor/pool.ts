import { atLeast, finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** 500.082(7)(C): pool fence height for facilities licensed under these rules. */
export const POOL_FENCE_HEIGHT = 42;

/**
 * 500.082(7)(C): swimming and wading pools fenced to keep children out; for facilities licensed under these rules the
 * fence is at least 42" with a locked gate. An existing facility needs the fence (no height set): under 42" or
 * without a locked gate it is a `warn`.
 */
export const outdoorPool: Check = {
  id: 'outdoor.pool',
  citation: '5 CSR 25-500.082(7)(C)',
  title: 'Pools fenced with a locked gate',
  run(facility) {
    const pools = facility.plan.site?.pools ?? [];
    if (pools.length === 0) return [finding(this, { status: 'n/a', message: 'No swimming or wading pool is drawn.' })];
    const isNew = facility.plan.facility.licensing === 'new';
    return pools.map((p): Finding => {
      const common = { subject: p.id, geometry: { type: 'polygon' as const, points: p.polygon }, measured: p.fenceHeight, limit: POOL_FENCE_HEIGHT, unit: 'in' };
      const name = `The pool ${p.id}`;
      const gate = p.lockedGate ? 'with a locked gate' : 'without a locked gate';
      if (p.fenceHeight <= 0) return finding(this, { ...common, status: 'fail', message: `${name} is not fenced; pools must be fenced so children cannot reach them.` });
      if (isNew) {
        const height = atLeast(p.fenceHeight, POOL_FENCE_HEIGHT);
        if (height === 'fail' || !p.lockedGate) {
          const wrong = [height === 'fail' ? `its fence is ${p.fenceHeight}" high, under 42"` : '', p.lockedGate ? '' : 'its gate is not locked'].filter(Boolean).join(' and ');
          return finding(this, { ...common, status: 'fail', message: `${name} needs a fence at least 42" high with a locked gate: ${wrong}.` });
        }
        return finding(this, { ...common, status: height, message: `${name} is fenced ${p.fenceHeight}" high ${gate}${height === 'warn' ? ', just meeting the 42"' : ''}.` });
      }
      if (p.fenceHeight < POOL_FENCE_HEIGHT || !p.lockedGate) {
        return finding(this, {
          ...common,
          status: 'warn',
          message: `${name} is fenced (${p.fenceHeight}", ${gate}), as a facility licensed before these rules needs; the fence must keep children out — 42" with a locked gate is the standard for new facilities.`,
        });
      }
      return finding(this, { ...common, status: 'pass', message: `${name} is fenced ${p.fenceHeight}" high ${gate}.` });
    });
  },
};
