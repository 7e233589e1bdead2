import { finding } from '../finding.ts';
import type { Check } from '../types.ts';

const FALL_HEIGHT = 24;

/** 500.082(2)(A)8: indoor equipment over 24" that a child could fall from has pads or mats under it (not carpet alone). */
export const indoorMats: Check = {
  id: 'indoor.mats',
  citation: '5 CSR 25-500.082(2)(A)8',
  title: 'Mats under indoor climbing equipment',
  run(facility) {
    const climbers = facility.items.filter((i) => i.item.type === 'indoor-climber');
    if (climbers.length === 0) return [finding(this, { status: 'n/a', message: 'No indoor climbing equipment is drawn.' })];
    return climbers.map((info) => {
      const { item } = info;
      const common = { subject: item.id, level: info.room.level.id, limit: FALL_HEIGHT, unit: 'in', geometry: info.footprint ? { type: 'polygon' as const, points: info.footprint } : null };
      if (item.height === undefined) return finding(this, { ...common, status: 'warn', message: `Climber ${item.id} has no height set; over 24" it needs a resilient mat under it.` });
      if (item.height <= FALL_HEIGHT) return finding(this, { ...common, status: 'pass', measured: item.height, message: `Climber ${item.id} is ${item.height}" high, not over 24"; no mat is required.` });
      return finding(this, {
        ...common,
        status: item.mat ? 'pass' : 'fail',
        measured: item.height,
        message: item.mat ? `Climber ${item.id} (${item.height}") has a resilient mat under it.` : `Climber ${item.id} is ${item.height}" high with no resilient mat under it; carpet alone is not enough.`,
      });
    });
  },
};
