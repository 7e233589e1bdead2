import { finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';
import { devicesOnLevel } from './devices.ts';

/**
 * 500.087(12)(A): a facility with equipment or appliances that pose a carbon monoxide risk — fuel-burning appliances
 * (items marked `fuel`), or an attached garage (a room of use `garage`) — installs carbon monoxide detectors; SafePlan
 * asks for one on each level that has such an appliance or garage. The manufacturer's placement is the inspector's.
 */
export const detectCo: Check = {
  id: 'detect.co',
  citation: '5 CSR 25-500.087(12)(A)',
  title: 'Carbon monoxide detectors',
  run(facility) {
    const out: Finding[] = [];
    for (const level of facility.plan.levels) {
      const fuel = facility.items.filter((i) => i.room.level.id === level.id && i.item.fuel === true);
      const garages = facility.rooms.filter((r) => r.level.id === level.id && r.room.use === 'garage');
      if (fuel.length === 0 && garages.length === 0) continue;
      const risks = [
        ...fuel.map((i) => `fuel-burning ${i.item.type} ${i.item.id}`),
        ...garages.map((r) => `attached garage ${r.room.name || r.room.id}`),
      ];
      const detectors = devicesOnLevel(facility, level.id, 'co-detector');
      out.push(finding(this, {
        status: detectors.length ? 'pass' : 'fail',
        subject: level.id,
        level: level.id,
        measured: detectors.length,
        limit: 1,
        unit: 'detectors',
        message: `${level.name || level.id} has ${risks.join(', ')} and ${detectors.length === 0 ? 'no carbon monoxide detector' : detectors.length === 1 ? `carbon monoxide detector ${detectors[0]!.item.id}` : `${detectors.length} carbon monoxide detectors`}; a carbon monoxide risk needs a detector.`,
      }));
    }
    if (out.length === 0) return [finding(this, { status: 'n/a', message: 'No fuel-burning appliance (an item marked fuel) or attached garage is drawn.' })];
    return out;
  },
};
