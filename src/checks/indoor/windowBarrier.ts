import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

const LOW_SILL = 24;

/** 500.082(2)(A)2: windows less than 24" from the floor without safety glass have a barrier against falls. */
export const indoorWindowBarrier: Check = {
  id: 'indoor.window-barrier',
  citation: '5 CSR 25-500.082(2)(A)2',
  title: 'Barriers at low windows',
  run(facility) {
    const out: Finding[] = [];
    for (const room of facility.rooms) {
      for (const win of room.windows) {
        const common = { subject: win.id, level: room.level.id, measured: win.sill, limit: LOW_SILL, unit: 'in', geometry: { type: 'segment' as const, points: [win.a, win.b] as [typeof win.a, typeof win.b] } };
        const where = `Window ${win.id} in ${room.room.name || room.room.id}`;
        if (win.sill >= LOW_SILL) out.push(finding(this, { ...common, status: 'pass', message: `${where} has its sill ${win.sill}" from the floor, not under 24".` }));
        else if (win.safetyGlass) out.push(finding(this, { ...common, status: 'pass', message: `${where} is low (${win.sill}") but glazed with safety glass.` }));
        else if (win.barrier) out.push(finding(this, { ...common, status: 'pass', message: `${where} is low (${win.sill}") and has a fall barrier.` }));
        else out.push(finding(this, { ...common, status: 'fail', message: `${where} is ${win.sill}" from the floor without safety glass or a barrier to stop a child falling against or out of it.` }));
      }
    }
    return out.length ? out : [finding(this, { status: 'n/a', message: 'No windows are drawn.' })];
  },
};
