import { equipmentLabel } from '../../engine/outdoor/site.ts';
import { rectangle } from '../../geometry/index.ts';
import { atMost, finding } from '../finding.ts';
import type { Check, Finding } from '../types.ts';

/** 500.092(3)(E): six feet. */
export const MAX_EQUIPMENT_HEIGHT = 72;

/**
 * 500.092(3)(E): for facilities licensed under these rules, or new equipment, no part a child might fall from more
 * than 6 ft high. `height` is the highest designated play surface or fall height. The plan records no installation
 * date, so in an `existing` facility a piece over 6 ft is a `warn` (lawful only if installed before these rules).
 */
export const outdoorEquipmentHeight: Check = {
  id: 'outdoor.equipment-height',
  citation: '5 CSR 25-500.092(3)(E)',
  title: 'Outdoor equipment no higher than 6 ft',
  run(facility) {
    const equipment = facility.plan.site?.equipment ?? [];
    if (equipment.length === 0) return [finding(this, { status: 'n/a', message: 'No outdoor play equipment is drawn.' })];
    const isNew = facility.plan.facility.licensing === 'new';
    return equipment.map((e): Finding => {
      const common = {
        subject: e.id,
        measured: e.height,
        limit: MAX_EQUIPMENT_HEIGHT,
        unit: 'in',
        geometry: { type: 'polygon' as const, points: rectangle(e.at, e.size, e.rotation ?? 0) },
      };
      const label = `The ${equipmentLabel(e)}`;
      const status = atMost(e.height, MAX_EQUIPMENT_HEIGHT);
      if (status === 'fail') {
        return isNew
          ? finding(this, { ...common, status: 'fail', message: `${label} has a play surface ${e.height}" high, over the 6 ft (72") allowed.` })
          : finding(this, { ...common, status: 'warn', message: `${label} has a play surface ${e.height}" high, over 6 ft (72"): allowed only if it was installed before these rules; new equipment may be at most 6 ft.` });
      }
      return finding(this, {
        ...common,
        status,
        message: `${label}'s highest play surface is ${e.height}", within the 6 ft (72") limit${status === 'warn' ? ', with little to spare' : ''}.`,
      });
    });
  },
};
